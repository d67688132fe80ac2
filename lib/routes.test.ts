import { describe, expect, it } from "vitest";
import { klartValues, matchesAny, readKlart, routePatterns, routes, localizeHref, splitLocale } from "./routes";

// The builders against the addresses the app really serves (the folders under app/), written
// out literally: a builder that drifts from its page fails here, not in a reader's browser.
describe("routes", () => {
  it.each([
    [routes.home(), "/"],
    [routes.stories(), "/berattelser"],
    [routes.stories({ tagg: "vard", kommun: "malmo", sida: 2 }), "/berattelser?tagg=vard&kommun=malmo&sida=2"],
    [routes.stories({ tagg: "", sida: 1 }), "/berattelser"],
    [routes.story("x"), "/berattelser/x"],
    [routes.write(), "/beratta"],
    [routes.writeThanks(), "/beratta/tack"],
    [routes.search(), "/sok"],
    [routes.privacy(), "/integritet"],
    [routes.receipt("tok"), "/kvitto/tok"],
    [routes.receipt("tok", { klart: "andrad" }), "/kvitto/tok?klart=andrad"],
    [routes.receipt("tok", { ny: "1" }), "/kvitto/tok?ny=1"],
    [routes.receiptEdit("tok"), "/kvitto/tok/andra"],
    [routes.receiptWithdraw("tok"), "/kvitto/tok/dra-tillbaka"],
    [routes.receiptErase("tok"), "/kvitto/tok/radera"],
    [routes.receiptErased(), "/kvitto/raderad"],
    [routes.api.altchaChallenge(), "/api/altcha/challenge"],
    [routes.api.auth(), "/api/auth"],
    [routes.api.health(), "/api/health"],
    [routes.api.v1.stories(), "/api/v1/stories"],
    [routes.api.v1.stories({ tagg: "vard", after: "c1" }), "/api/v1/stories?tagg=vard&after=c1"],
    [routes.api.v1.story("x"), "/api/v1/stories/x"],
    [routes.api.v1.tags(), "/api/v1/tags"],
    [routes.api.v1.search({ q: "vård kö", page: 2 }), "/api/v1/search?q=v%C3%A5rd+k%C3%B6&page=2"],
    [routes.mod.queue(), "/mod"],
    [routes.mod.queue({ klart: "godkand" }), "/mod?klart=godkand"],
    [routes.mod.login(), "/mod/logga-in"],
    [routes.mod.login({ utloggad: "inaktiv" }), "/mod/logga-in?utloggad=inaktiv"],
    [routes.mod.story("s1"), "/mod/berattelser/s1"],
    [routes.mod.comments(), "/mod/kommentarer"],
    [routes.mod.amendment("r1"), "/mod/rattelser/r1"],
    [routes.mod.amendment("r1", { klart: "rattat" }), "/mod/rattelser/r1?klart=rattat"],
    [routes.mod.facts(), "/mod/fakta"],
    [routes.mod.fact("f1", { klart: "kontrollerad" }), "/mod/fakta/f1?klart=kontrollerad"],
    [routes.mod.templates({ klart: "sparad" }), "/mod/mallar?klart=sparad"],
    [routes.mod.template("t1"), "/mod/mallar/t1"],
    [routes.mod.newTemplate(), "/mod/mallar/ny"],
    [routes.mod.tags({ klart: "borttaget" }), "/mod/taggar?klart=borttaget"],
    [routes.mod.tag("g1"), "/mod/taggar/g1"],
    [routes.mod.log({ sida: 1 }), "/mod/logg?sida=1"],
    [routes.mod.statistics(), "/mod/statistik"],
    [routes.mod.accounts(), "/mod/konton"],
    [routes.mod.twoFactor(), "/mod/konto/tvastegsverifiering"],
  ])("builds %s", (built, literal) => {
    expect(built).toBe(literal);
  });

  it("encodes path segments and query values, so an id cannot reach another page", () => {
    expect(routes.story("a/b?c")).toBe("/berattelser/a%2Fb%3Fc");
    expect(routes.mod.fact("../konton")).toBe("/mod/fakta/..%2Fkonton");
    expect(routes.stories({ tagg: "a&b=c", kommun: "Åre" })).toBe("/berattelser?tagg=a%26b%3Dc&kommun=%C3%85re");
  });

  it("types each page's klart values (a typo does not compile)", () => {
    // @ts-expect-error: the queue has no "sparat".
    routes.mod.queue({ klart: "sparat" });
    // @ts-expect-error: tags say "skapat", not "skapad".
    routes.mod.tags({ klart: "skapad" });
    expect(klartValues.tags).toContain("skapat");
  });
});

describe("readKlart", () => {
  it("reads only the values the page names", () => {
    expect(readKlart("tags", "skapat")).toBe("skapat");
    expect(readKlart("tags", ["borttaget", "skapat"])).toBe("borttaget");
    expect(readKlart("tags", "skapad")).toBeNull();
    expect(readKlart("queue", "sparat")).toBeNull();
    expect(readKlart("receipt", undefined)).toBeNull();
    expect(readKlart("receipt", [])).toBeNull();
  });

  it("does not take an object's inherited names for values", () => {
    for (const name of ["toString", "constructor", "__proto__", "hasOwnProperty"]) expect(readKlart("receipt", name)).toBeNull();
  });
});

describe("routePatterns", () => {
  const match = (patterns: readonly RegExp[], paths: string[]) => paths.filter((path) => matchesAny(patterns, path));

  it("tells the moderator area from everything else", () => {
    const paths = ["/mod", "/mod/", "/mod/logga-in", "/mod/berattelser/x", "/moderator", "/modx", "/berattelser", "/"];
    expect(paths.filter((path) => routePatterns.moderator.test(path))).toEqual(["/mod", "/mod/", "/mod/logga-in", "/mod/berattelser/x"]);
    expect(routePatterns.moderatorStory.test("/mod/berattelser/x")).toBe(true);
    expect(routePatterns.moderatorStory.test("/mod/mallar")).toBe(false);
  });

  it("tells the API from the pages", () => {
    expect(["/api/v1/stories", "/api/auth/session", "/api", "/apix", "/berattelser"].filter((path) => routePatterns.api.test(path))).toEqual([
      "/api/v1/stories",
      "/api/auth/session",
    ]);
    expect(routePatterns.credentialsCallback.test("/api/auth/callback/credentials")).toBe(true);
    expect(routePatterns.credentialsCallback.test("/api/auth/callback/credentials/x")).toBe(false);
  });

  it("names the reader pages, the private pages and the API's cacheable reads", () => {
    const paths = ["/", "/berattelser", "/berattelser/", "/berattelser/x", "/berattelser/a/b", "/sok", "/integritet", "/kvitto/t", "/kvitto", "/mod", "/beratta", "/beratta/tack", "/kvittot", "/finns-inte"];
    expect(match(routePatterns.readerPages, paths)).toEqual(["/", "/berattelser", "/berattelser/", "/berattelser/x", "/sok", "/integritet"]);
    expect(match(routePatterns.privatePages, paths)).toEqual(["/sok", "/kvitto/t", "/kvitto", "/mod", "/beratta", "/beratta/tack"]);
    expect(routePatterns.search.test("/sok/")).toBe(true);
    const api = ["/api/v1/stories", "/api/v1/stories/x", "/api/v1/tags", "/api/v1/statistics", "/api/v1/search", "/api/v1/stories/x/y"];
    expect(match(routePatterns.apiReads, api)).toEqual(["/api/v1/stories", "/api/v1/stories/x", "/api/v1/tags", "/api/v1/statistics"]);
  });

  it("matches every builder's own page", () => {
    expect(routePatterns.moderator.test(routes.mod.fact("x"))).toBe(true);
    expect(matchesAny(routePatterns.readerPages, routes.story("x"))).toBe(true);
    expect(matchesAny(routePatterns.privatePages, routes.receipt("t"))).toBe(true);
    expect(matchesAny(routePatterns.privatePages, routes.writeThanks())).toBe(true);
    expect(matchesAny(routePatterns.apiReads, routes.api.v1.story("x"))).toBe(true);
    expect(matchesAny(routePatterns.apiReads, routes.api.v1.search())).toBe(false);
  });
});

describe("language prefixes", () => {
  it("put the Finnish and English prefix on public pages only", () => {
    expect(localizeHref("fi", routes.home())).toBe("/fi");
    expect(localizeHref("en", routes.stories({ tagg: "bemotande", sida: 2 }))).toBe("/en/berattelser?tagg=bemotande&sida=2");
    expect(localizeHref("fi", routes.receipt("abc", { ny: "1" }))).toBe("/fi/kvitto/abc?ny=1");
    expect(localizeHref("sv", routes.story("x"))).toBe("/berattelser/x");
    // The moderator area, the API, feeds and invitations have one language and no prefix.
    for (const href of [routes.mod.queue(), routes.respond.home(), routes.api.v1.tags(), routes.feed(), routes.invitation("t"), "https://ivo.se/", "//evil.example/"]) {
      expect(localizeHref("fi", href)).toBe(href);
    }
  });

  it("take the prefix off again, and refuse one on a page with no translation", () => {
    expect(splitLocale("/fi")).toEqual({ locale: "fi", path: "/" });
    expect(splitLocale("/en/berattelser/abc")).toEqual({ locale: "en", path: "/berattelser/abc" });
    expect(splitLocale("/berattelser")).toEqual({ locale: "sv", path: "/berattelser" });
    expect(splitLocale("/fi/mod")).toBeNull();
    expect(splitLocale("/en/api/v1/stories")).toBeNull();
    expect(splitLocale("/sv/berattelser")).toEqual({ locale: "sv", path: "/sv/berattelser" });
    // Not a prefix: a path that only begins with the letters.
    expect(splitLocale("/finland")).toEqual({ locale: "sv", path: "/finland" });
    for (const href of ["/", routes.search(), routes.guide(), routes.statistics(), routes.accessibility(), routes.apiDocs(), routes.write()]) {
      for (const locale of ["fi", "en"] as const) expect(splitLocale(localizeHref(locale, href).split("?")[0])).toEqual({ locale, path: href });
    }
  });
});
