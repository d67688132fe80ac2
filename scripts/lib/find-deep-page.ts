// Finds a deep page of /berattelser from the first page's HTML, the way a reader would get
// there, without assuming how paging is spelled in the address: a "last page" link if there is
// one; else the "next" link with its page number replaced by the page count the page shows;
// else the "next" link followed a number of times (keyset cursors).
const decode = (href: string) => href.replace(/&amp;/g, "&");

function links(html: string): { href: string; rel: string; text: string }[] {
  return [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((match) => ({
    href: decode(/href="([^"]*)"/.exec(match[1])?.[1] ?? ""),
    rel: /rel="([^"]*)"/.exec(match[1])?.[1] ?? "",
    text: match[2].replace(/<[^>]+>/g, "").trim(),
  }));
}

export async function findDeepPage(baseUrl: string, listPath = "/berattelser", follow = 20): Promise<{ path: string; how: string }> {
  const html = await (await fetch(baseUrl + listPath)).text();
  const all = links(html);
  const last = all.find((link) => link.rel.split(" ").includes("last") || /^(sista|äldsta)/i.test(link.text));
  if (last) return { path: last.href, how: "last-page link" };
  const next = all.find((link) => link.rel.split(" ").includes("next"));
  if (!next) throw new Error(`${listPath} has no link to a next page`);
  // "Sida 1 av 10 001" (any spaces or separators inside the number).
  const pages = /\bav\s+(\d[\d\s\u00a0\u202f.,]*)/.exec(html.replace(/<[^>]+>/g, " "))?.[1].replace(/\D/g, "");
  const url = new URL(next.href, baseUrl);
  const numbered = [...url.searchParams.entries()].find(([, value]) => value === "2");
  if (pages && numbered) {
    url.searchParams.set(numbered[0], pages);
    return { path: url.pathname + url.search, how: `page ${pages} from the page count` };
  }
  let href = next.href;
  for (let i = 1; i < follow; i++) {
    const nextHtml = await (await fetch(new URL(href, baseUrl))).text();
    const further = links(nextHtml).find((link) => link.rel.split(" ").includes("next"));
    if (!further) break;
    href = further.href;
  }
  return { path: href, how: `followed "next" ${follow} times` };
}
