// The proxy in front of every page: a fresh CSP nonce per request, the redirect away from
// moderator pages, and the inactivity limit on moderator sessions, with the clock set by hand.
import { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

const secret = "a-test-secret-that-is-long-enough-for-next-auth";
const minute = 60 * 1000;
const start = Date.UTC(2026, 10, 22, 9, 0);

function request(path: string, { cookie, headers = {} }: { cookie?: string; headers?: Record<string, string> } = {}) {
  return new NextRequest(`http://localhost:3000${path}`, {
    headers: { ...headers, ...(cookie ? { cookie: `next-auth.session-token=${cookie}` } : {}) },
  });
}

const sessionToken = (times: { loginAt: number; lastActivity: number }) =>
  encode({ token: { sub: "moderator-1", ...times }, secret, maxAge: 8 * 60 * 60 });

describe("proxy", () => {
  beforeEach(() => {
    vi.stubEnv("NEXTAUTH_SECRET", secret);
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it("sends a CSP with a new nonce on every request, to the browser and to Next", async () => {
    const first = await proxy(request("/"));
    const second = await proxy(request("/"));
    const nonceOf = (policy: string | null) => policy?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonceOf(first.headers.get("content-security-policy"))).toBeTruthy();
    expect(nonceOf(first.headers.get("content-security-policy"))).not.toBe(nonceOf(second.headers.get("content-security-policy")));
    // NextResponse.next passes changed request headers on under x-middleware-request-*.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(first.headers.get("content-security-policy"));
    expect(first.headers.get("set-cookie")).toBeNull();
  });

  it("sends visitors without a session from moderator pages to the login page, without a cookie", async () => {
    const response = await proxy(request("/mod/konton"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/mod/logga-in");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect((await proxy(request("/mod/logga-in"))).headers.get("location")).toBeNull();
  });

  it("moves the last activity forward for a live session", async () => {
    const cookie = await sessionToken({ loginAt: start, lastActivity: start });
    vi.setSystemTime(start + 10 * minute);
    const response = await proxy(request("/mod", { cookie }));
    expect(response.headers.get("location")).toBeNull();
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^next-auth\.session-token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=lax/i);
  });

  it("does not count a router prefetch as activity", async () => {
    const cookie = await sessionToken({ loginAt: start, lastActivity: start });
    vi.setSystemTime(start + 10 * minute);
    const response = await proxy(request("/mod", { cookie, headers: { "next-router-prefetch": "1" } }));
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("logs out a session idle for longer than SESSION_IDLE_MINUTES, saying why", async () => {
    const cookie = await sessionToken({ loginAt: start, lastActivity: start });
    vi.setSystemTime(start + 31 * minute);
    const response = await proxy(request("/mod/mallar", { cookie }));
    expect(response.headers.get("location")).toBe("http://localhost:3000/mod/logga-in?utloggad=inaktiv");
    expect(response.headers.get("set-cookie")).toMatch(/next-auth\.session-token=;.*Max-Age=0/i);
  });

  it("lets a server action through to be refused by moderatorAction rather than redirected", async () => {
    const cookie = await sessionToken({ loginAt: start, lastActivity: start });
    vi.setSystemTime(start + 31 * minute);
    const response = await proxy(request("/mod/mallar", { cookie, headers: { "next-action": "abc" } }));
    expect(response.headers.get("location")).toBeNull();
  });

  it("logs out after the absolute limit even when active", async () => {
    const cookie = await sessionToken({ loginAt: start - 8 * 60 * minute - minute, lastActivity: start - minute });
    const response = await proxy(request("/mod", { cookie }));
    expect(response.headers.get("location")).toBe("http://localhost:3000/mod/logga-in?utloggad=tid");
  });
});

describe("proxy: Strict-Transport-Security", () => {
  // lib/env.ts reads the environment once per module instance: a fresh one per configuration.
  async function proxyWith(config: Record<string, string>) {
    vi.resetModules();
    for (const name of ["TRUST_PROXY", "PUBLIC_URL", "NEXTAUTH_URL"]) vi.stubEnv(name, config[name] ?? "");
    return (await import("@/proxy")).proxy;
  }
  afterEach(() => vi.unstubAllEnvs());
  const https = { headers: { "x-forwarded-proto": "https" } };

  it("is sent when the trusted proxy in front says the visitor came over https", async () => {
    const trusted = await proxyWith({ TRUST_PROXY: "true" });
    for (const path of ["/", "/mod/konton", "/api/v1/stories"]) {
      expect((await trusted(request(path, https))).headers.get("strict-transport-security"), path).toMatch(/^max-age=\d{8,}/);
    }
  });

  it("is sent when the public address is https", async () => {
    const configured = await proxyWith({ PUBLIC_URL: "https://sakligt.example.se" });
    expect((await configured(request("/"))).headers.get("strict-transport-security")).toMatch(/^max-age=/);
  });

  it("is not sent over plain http, nor because a client without a trusted proxy claims https", async () => {
    const trusted = await proxyWith({ TRUST_PROXY: "true" });
    expect((await trusted(request("/"))).headers.get("strict-transport-security")).toBeNull();
    expect((await trusted(request("/", { headers: { "x-forwarded-proto": "http" } }))).headers.get("strict-transport-security")).toBeNull();
    const untrusted = await proxyWith({});
    expect((await untrusted(request("/", https))).headers.get("strict-transport-security")).toBeNull();
  });

  describe("language prefixes", () => {
    const rewrittenTo = (response: Response) => response.headers.get("x-middleware-rewrite");
    const localeOf = (response: Response) => response.headers.get("x-middleware-request-x-next-intl-locale");

    it("render /fi and /en pages from the Swedish route, in their language, with no cookie", async () => {
      const finnish = await proxy(request("/fi/berattelser?tagg=bemotande"));
      expect(rewrittenTo(finnish)).toBe("http://localhost:3000/berattelser?tagg=bemotande");
      expect(localeOf(finnish)).toBe("fi");
      // The same page in every language, for search engines, in a header.
      expect(finnish.headers.get("link")).toBe(
        [
          '<http://localhost:3000/berattelser?tagg=bemotande>; rel="alternate"; hreflang="sv"',
          '<http://localhost:3000/fi/berattelser?tagg=bemotande>; rel="alternate"; hreflang="fi"',
          '<http://localhost:3000/en/berattelser?tagg=bemotande>; rel="alternate"; hreflang="en"',
        ].join(", "),
      );
      expect((await proxy(request("/mod/logga-in"))).headers.get("link")).toBeNull();
      expect(finnish.headers.get("set-cookie")).toBeNull();
      const english = await proxy(request("/en"));
      expect(rewrittenTo(english)).toBe("http://localhost:3000/");
      expect(localeOf(english)).toBe("en");
      // The receipt link holds the author's secret in every language: never kept.
      expect((await proxy(request("/fi/kvitto/abc"))).headers.get("cache-control")).toBe("no-store");
    });

    it("refuse a language a client asks for by header or Accept-Language instead of by path", async () => {
      const response = await proxy(request("/berattelser", { headers: { "x-next-intl-locale": "fi", "accept-language": "fi-FI,fi;q=0.9" } }));
      expect(localeOf(response)).toBe("sv");
      expect(rewrittenTo(response)).toBeNull();
    });

    it("give the moderator area, the API and unknown prefixes no second language", async () => {
      for (const path of ["/fi/mod", "/en/mod/logga-in", "/fi/svar", "/en/api/v1/stories", "/fi/inbjudan/x", "/sv/berattelser", "/de/berattelser"]) {
        const response = await proxy(request(path));
        expect(response.headers.get("location"), path).toBeNull();
        const target = rewrittenTo(response);
        // Either Next's not-found page or, for a prefix that is no language, the path as it is
        // (which names no route and is not found by Next).
        expect(target === "http://localhost:3000/_not-found" || target === null, path).toBe(true);
        // Not found in the prefix's language, when it names one.
        expect(localeOf(response), path).toBe(path.startsWith("/fi/") ? "fi" : path.startsWith("/en/") ? "en" : "sv");
      }
    });
  });
});
