import { describe, expect, it } from "vitest";
import { ANONYMOUS_PAGE_CACHE_CONTROL, NEVER_STORE, pageCacheControl } from "./page-cache-control";

const anonymous = (pathname: string, method = "GET") => pageCacheControl({ method, pathname, hasSession: false });

describe("pageCacheControl", () => {
  it.each(["/", "/berattelser", "/berattelser/V1StGXR8_Z5jdHi6B-myT", "/integritet"])("lets a browser keep %s", (pathname) => {
    expect(anonymous(pathname)).toBe(ANONYMOUS_PAGE_CACHE_CONTROL);
    expect(anonymous(pathname, "HEAD")).toBe(ANONYMOUS_PAGE_CACHE_CONTROL);
    expect(ANONYMOUS_PAGE_CACHE_CONTROL).not.toContain("no-store");
    expect(ANONYMOUS_PAGE_CACHE_CONTROL).toContain("private");
  });

  it.each(["/kvitto/abc", "/kvitto/raderad", "/kvitto", "/mod", "/mod/logga-in", "/mod/berattelser/x", "/beratta", "/beratta/tack", "/sok", "/sok/"])(
    "never lets anything keep %s",
    (pathname) => {
      expect(anonymous(pathname)).toBe(NEVER_STORE);
      expect(anonymous(pathname, "POST")).toBe(NEVER_STORE);
    },
  );

  it("never lets anything keep a page seen with a session cookie", () => {
    expect(pageCacheControl({ method: "GET", pathname: "/berattelser", hasSession: true })).toBe(NEVER_STORE);
  });

  it("leaves everything else to Next: other methods, the API, static files and unknown paths", () => {
    expect(anonymous("/berattelser", "POST")).toBeNull();
    for (const pathname of ["/api/v1/stories", "/icon.svg", "/finns-inte", "/berattelser/a/b", "/moderator", "/kvittot"]) {
      expect(anonymous(pathname), pathname).toBeNull();
    }
  });
});
