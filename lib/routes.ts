import { defaultLocale, isLocale, type Locale } from "@/lib/locales";

// Every address of the app, built in one place: pages, links, redirects and revalidation call
// these builders, and proxy.ts and the page cache match `routePatterns`. The builders give the
// Swedish (unprefixed) address; `localizeHref` puts a Finnish or English page's prefix on it,
// and `splitLocale` takes it off again for the proxy. test/guard/no-literal-app-paths.test.ts
// fails on an app path written anywhere else.

// The `?klart=` values each page reads after a form sends the moderator (or the author) back
// to it; components/forms/done-notice.tsx shows the matching message. A typo fails tsc.
export const klartValues = {
  receipt: ["andrad", "tillbakadragen"],
  queue: ["publicerad", "avslagen", "forberedd", "godkand", "tillbakaskickad"],
  amendment: ["godkand", "tillbakaskickad", "rattelseforberedd", "rattat", "oforandrad"],
  fact: ["skapad", "sparad", "oforandrad", "kontrollerad", "rattat", "rattelseforberedd"],
  templates: ["skapad", "sparad"],
  tags: ["skapat", "sparat", "borttaget"],
  answer: ["publicerad", "forberedd", "godkand", "tillbakaskickad", "returnerad", "avslagen", "nedtagen", "granskad"],
  respondStory: ["skickat", "publicerat", "andrat", "markering", "markeringpublicerad"],
} as const;

export type KlartPage = keyof typeof klartValues;
export type Klart<Page extends KlartPage> = (typeof klartValues)[Page][number];

// The page's klart value from its searchParams, or null for anything it does not name (a
// repeated parameter counts by its first value).
export function readKlart<Page extends KlartPage>(page: Page, klart: string | string[] | undefined): Klart<Page> | null {
  const value = Array.isArray(klart) ? klart[0] : klart;
  const values: readonly string[] = klartValues[page];
  return value !== undefined && values.includes(value) ? (value as Klart<Page>) : null;
}

// Why the login page was reached, shown by components/mod/logged-out-notice.tsx.
export type Utloggad = "inaktiv" | "tid" | "avslutad" | "overallt";

type Query = Record<string, string | number | undefined>;

const segment = (value: string) => encodeURIComponent(value);

function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== "") params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const mod = (path = "") => `/mod${path}`;
const respond = (path = "") => `/svar${path}`;
const receipt = (token: string, path = "") => `/kvitto/${segment(token)}${path}`;

export const routes = {
  home: () => "/",
  // The story list with a theme, a municipality or a page chosen; page 1 is the bare address.
  // `besvarade=1`: answered by the social services; `av`: who told the story.
  stories: (query: { tagg?: string; kommun?: string; sida?: number; besvarade?: "1"; av?: "personal" | "klienter" } = {}) =>
    withQuery("/berattelser", { ...query, sida: query.sida && query.sida > 1 ? query.sida : undefined }),
  story: (id: string) => `/berattelser/${segment(id)}`,
  write: () => "/beratta",
  // Where a form caught by the bot trap is sent: it looks like success.
  writeThanks: () => "/beratta/tack",
  search: () => "/sok",
  privacy: () => "/integritet",
  // Where can I turn? The complaint routes, step by step, and a letter draft made in the browser.
  guide: (query: { fraga?: string } = {}) => withQuery("/vart-vander-jag", query),
  // Open statistics, by calendar month after the month ends; the CSV holds the same cells.
  statistics: () => "/statistik",
  // `sprak` names the file's column headings and words in Finnish or English; Swedish without it.
  statisticsCsv: (query: { sprak?: "fi" | "en" } = {}) => withQuery("/statistik/statistik.csv", query),
  // Atom feeds of published stories: all, or one theme (`tagg`) or municipality (`kommun`).
  feed: (query: { tagg?: string; kommun?: string } = {}) => withQuery("/atom.xml", query),
  // With `skriv`, the statement's feedback form instead of the whole statement.
  accessibility: (query: { skriv?: "1" } = {}) => withQuery("/tillganglighet", query),
  // The readable description of the public API, beside its OpenAPI document.
  apiDocs: () => "/api",
  receipt: (token: string, query: { klart?: Klart<"receipt">; ny?: "1" } = {}) => withQuery(receipt(token), query),
  receiptEdit: (token: string) => receipt(token, "/andra"),
  receiptWithdraw: (token: string) => receipt(token, "/dra-tillbaka"),
  receiptErase: (token: string) => receipt(token, "/radera"),
  receiptErased: () => "/kvitto/raderad",
  // A municipality's own page, by its slug (lib/municipalities).
  municipality: (slug: string) => `/kommun/${segment(slug)}`,
  // A responder's one-time invitation link; it holds the secret, so it is a private page.
  invitation: (token: string) => `/inbjudan/${segment(token)}`,
  // The responders' own area: logged in as RESPONDER, with two-factor login.
  respond: {
    home: (query: { sida?: number } = {}) => withQuery(respond(), { sida: query.sida && query.sida > 1 ? query.sida : undefined }),
    story: (id: string, query: { klart?: Klart<"respondStory"> } = {}) => withQuery(respond(`/berattelser/${segment(id)}`), query),
    settings: () => respond("/installningar"),
    twoFactor: () => respond("/tvastegsverifiering"),
  },
  api: {
    altchaChallenge: () => "/api/altcha/challenge",
    // next-auth's routes; also the path of the cookies only they read.
    auth: () => "/api/auth",
    health: () => "/api/health",
    // The public read API (app/api/v1/); its query names are the route handlers' own.
    v1: {
      stories: (query: { tagg?: string; kommun?: string; page?: number; after?: string; before?: string } = {}) => withQuery("/api/v1/stories", query),
      story: (id: string) => `/api/v1/stories/${segment(id)}`,
      tags: () => "/api/v1/tags",
      search: (query: { q?: string; tagg?: string; kommun?: string; page?: number } = {}) => withQuery("/api/v1/search", query),
      openapi: () => "/api/v1/openapi.json",
      statistics: () => "/api/v1/statistics",
    },
    // A responder's private Atom feed: the token is the only key to it, renewable.
    responderFeed: (token: string) => `/api/svar/flode/${segment(token)}`,
  },
  mod: {
    queue: (query: { klart?: Klart<"queue"> } = {}) => withQuery(mod(), query),
    login: (query: { utloggad?: Utloggad } = {}) => withQuery(mod("/logga-in"), query),
    story: (id: string) => mod(`/berattelser/${segment(id)}`),
    comments: () => mod("/kommentarer"),
    amendment: (replyId: string, query: { klart?: Klart<"amendment"> } = {}) => withQuery(mod(`/rattelser/${segment(replyId)}`), query),
    facts: () => mod("/fakta"),
    fact: (id: string, query: { klart?: Klart<"fact"> } = {}) => withQuery(mod(`/fakta/${segment(id)}`), query),
    templates: (query: { klart?: Klart<"templates"> } = {}) => withQuery(mod("/mallar"), query),
    template: (id: string) => mod(`/mallar/${segment(id)}`),
    newTemplate: () => mod("/mallar/ny"),
    tags: (query: { klart?: Klart<"tags"> } = {}) => withQuery(mod("/taggar"), query),
    tag: (id: string) => mod(`/taggar/${segment(id)}`),
    log: (query: { sida?: number } = {}) => withQuery(mod("/logg"), query),
    statistics: () => mod("/statistik"),
    accounts: () => mod("/konton"),
    twoFactor: () => mod("/konto/tvastegsverifiering"),
    organisations: () => mod("/organisationer"),
    // "Synpunkter på webbplatsen": messages from the accessibility statement's form.
    siteFeedback: () => mod("/synpunkter"),
    organisation: (id: string) => mod(`/organisationer/${segment(id)}`),
    // The review page of an organisation's answer and its change marks.
    answer: (id: string, query: { klart?: Klart<"answer"> } = {}) => withQuery(mod(`/svar/${segment(id)}`), query),
  },
} as const;

const searchPage = /^\/sok\/?$/;
const guidePage = /^\/vart-vander-jag\/?$/;
const statisticsPage = /^\/statistik\/?$/;
const accessibilityPage = /^\/tillganglighet\/?$/;
const apiDocsPage = /^\/api\/?$/;
const readerPages = [
  /^\/$/,
  /^\/berattelser\/?$/,
  /^\/berattelser\/[^/]+\/?$/,
  searchPage,
  /^\/integritet\/?$/,
  /^\/kommun\/[^/]+\/?$/,
  guidePage,
  statisticsPage,
  accessibilityPage,
  apiDocsPage,
];

// What proxy.ts, lib/cache/page-cache-control.ts, lib/cache/page-cache.ts and the request
// screens match against a request's pathname.
export const routePatterns = {
  // Behind the moderator login (the login page itself included).
  moderator: /^\/mod(\/|$)/,
  // Behind the same login, for responders (lib/auth/session.ts requireResponder).
  responder: /^\/svar(\/|$)/,
  // The review page of one story: the queue's tab in the moderator menu stays marked there.
  moderatorStory: /^\/mod\/berattelser/,
  api: /^\/api\//,
  // next-auth's credentials callback, which takes only a POST.
  credentialsCallback: /^\/api\/auth\/callback\/credentials$/,
  search: searchPage,
  // Pages every anonymous reader sees the same way.
  readerPages,
  // The public pages that exist in every language: under /fi and /en as well as unprefixed:
  // the reader pages, and the author's (the story form and the receipt pages). The moderator and
  // responder areas, invitations, the API and the feeds have no prefix.
  localizable: [...readerPages, /^\/beratta(\/|$)/, /^\/kvitto(\/|$)/],
  // Receipt links hold the author's secret, moderator pages hold moderation data, the story form
  // holds what an author is writing, and a search page names what a reader looked for.
  privatePages: [/^\/kvitto(\/|$)/, /^\/mod(\/|$)/, /^\/svar(\/|$)/, /^\/inbjudan(\/|$)/, /^\/api\/svar(\/|$)/, /^\/beratta(\/|$)/, searchPage],
  // The public API's reads that carry an ETag (search is never kept), and the feeds.
  apiReads: [/^\/api\/v1\/stories\/?$/, /^\/api\/v1\/stories\/[^/]+\/?$/, /^\/api\/v1\/tags\/?$/, /^\/api\/v1\/statistics\/?$/, /^\/atom\.xml$/],
  // The kept routes one by one, for the content keys each is built from
  // (lib/cache/content-keys.ts); a story's id is the first group.
  home: /^\/$/,
  storyList: /^\/berattelser\/?$/,
  story: /^\/berattelser\/([^/]+)\/?$/,
  privacy: /^\/integritet\/?$/,
  guide: guidePage,
  statistics: statisticsPage,
  accessibility: accessibilityPage,
  apiDocs: apiDocsPage,
  // A municipality's page; its slug is the first group.
  municipality: /^\/kommun\/([^/]+)\/?$/,
  apiStoryList: /^\/api\/v1\/stories\/?$/,
  apiStory: /^\/api\/v1\/stories\/([^/]+)\/?$/,
  apiTags: /^\/api\/v1\/tags\/?$/,
  feed: /^\/atom\.xml$/,
  apiStatistics: /^\/api\/v1\/statistics\/?$/,
} as const;

export function matchesAny(patterns: readonly RegExp[], pathname: string): boolean {
  return patterns.some((pattern) => pattern.test(pathname));
}

const localePrefix = /^\/(fi|en)(\/.*)?$/;

// A request's path without its language prefix, and the language it names. `null` for a
// prefixed path that has no page in other languages (/fi/mod), which is then not found.
export function splitLocale(pathname: string): { locale: Locale; path: string } | null {
  const match = localePrefix.exec(pathname);
  if (!match) return { locale: defaultLocale, path: pathname };
  const [, prefix, rest = "/"] = match;
  if (!isLocale(prefix) || !matchesAny(routePatterns.localizable, rest)) return null;
  return { locale: prefix, path: rest };
}

// The language a path's prefix names, whether or not the rest is a page: for the not-found page.
export function prefixLocale(pathname: string): Locale | null {
  const prefix = localePrefix.exec(pathname)?.[1];
  return isLocale(prefix) ? prefix : null;
}

// The path the routes' patterns are written for: a language prefix taken off, or the path as
// it is when the prefix names no page (it then matches nothing public).
export function unprefixedPath(pathname: string): string {
  return splitLocale(pathname)?.path ?? pathname;
}

// An address from the builders above, on the page of `locale`: Finnish and English public pages
// get their prefix; Swedish pages, the moderator area and the API keep theirs as built.
export function localizeHref(locale: Locale, href: string): string {
  if (locale === defaultLocale || !href.startsWith("/") || href.startsWith("//")) return href;
  const pathEnd = href.search(/[?#]/);
  const path = pathEnd === -1 ? href : href.slice(0, pathEnd);
  if (!matchesAny(routePatterns.localizable, path)) return href;
  return `/${locale}${path === "/" ? "" : path}${pathEnd === -1 ? "" : href.slice(pathEnd)}`;
}
