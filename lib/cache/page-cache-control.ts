import { matchesAny, routePatterns, unprefixedPath } from "@/lib/routes";

// Cache-Control for pages, chosen in proxy.ts before Next renders (Next keeps a Cache-Control
// that is already set; otherwise it sends `no-store` for every dynamic page).
//
// Pages every anonymous reader sees the same way may be kept by the reader's own browser:
// without `no-store` the back/forward cache works. `private` keeps them out of shared caches,
// because each response carries its own CSP nonce; `no-cache` makes the browser ask again
// before reusing one, so a withdrawn story is not shown from the HTTP cache.
export const ANONYMOUS_PAGE_CACHE_CONTROL = "private, no-cache";
export const NEVER_STORE = "no-store";

// Receipt links hold the author's secret, moderator pages hold moderation data, the story form
// holds what an author is writing, and a search page names what a reader looked for (on a shared
// computer, the next person could read it from the browser's disk cache): none of these may be
// kept anywhere. Which paths are which: routePatterns.readerPages and .privatePages (lib/routes.ts).
export function pageCacheControl(options: { method: string; pathname: string; hasSession: boolean }): string | null {
  const { method } = options;
  const pathname = unprefixedPath(options.pathname);
  if (matchesAny(routePatterns.privatePages, pathname)) return NEVER_STORE;
  if (method !== "GET" && method !== "HEAD") return null;
  if (!isReaderPage(pathname)) return null;
  // A moderator reading the public pages is still logged in: nothing of that session is kept.
  return options.hasSession ? NEVER_STORE : ANONYMOUS_PAGE_CACHE_CONTROL;
}

// Each takes the path as requested: a Finnish or English page is the Swedish page's kind.
export function isReaderPage(pathname: string): boolean {
  return matchesAny(routePatterns.readerPages, unprefixedPath(pathname));
}

// A search page names what someone looked for in its address: never kept anywhere.
export function isSearchPage(pathname: string): boolean {
  return routePatterns.search.test(unprefixedPath(pathname));
}
