import { beforeEach, describe, expect, it, vi } from "vitest";
import { deviceCookieName, issueDeviceCookie, readDeviceCookie } from "./device-cookie";

type Options = { httpOnly?: boolean; sameSite?: string; secure?: boolean; path?: string; maxAge?: number };
const browser = vi.hoisted(() => ({ jar: new Map<string, string>(), options: new Map<string, unknown>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (browser.jar.has(name) ? { name, value: browser.jar.get(name)! } : undefined),
    set: (name: string, value: string, options: Options) => {
      browser.jar.set(name, value);
      browser.options.set(name, options);
    },
  }),
}));

const account = "mod@kommun.se";

describe("the device cookie", () => {
  beforeEach(() => {
    process.env.NEXTAUTH_SECRET = "device-cookie-test-secret-0123456789abcdef";
    browser.jar.clear();
    browser.options.clear();
  });

  it("is HttpOnly, SameSite=Lax, sent only to the login endpoints, long-lived, and Secure on https", async () => {
    await issueDeviceCookie({ account, secure: true });
    expect(browser.options.get("__Secure-sakligt-device")).toEqual({
      httpOnly: true,
      sameSite: "lax",
      secure: true,
      path: "/api/auth",
      maxAge: 365 * 24 * 60 * 60,
    });
    await issueDeviceCookie({ account, secure: false });
    expect(browser.options.get("sakligt-device")).toMatchObject({ secure: false, httpOnly: true });
  });

  it("names its account only by a keyed tag, and vouches for that account alone", async () => {
    await issueDeviceCookie({ account, secure: false });
    const value = browser.jar.get(deviceCookieName(false))!;
    expect(value.toLowerCase()).not.toContain("kommun");
    expect(await readDeviceCookie({ account: "  MOD@kommun.se " })).toEqual(expect.any(String));
    expect(await readDeviceCookie({ account: "annan@kommun.se" })).toBeNull();
  });

  it("is worthless forged, altered, or signed under another server secret", async () => {
    await issueDeviceCookie({ account, secure: false });
    const name = deviceCookieName(false);
    const value = browser.jar.get(name)!;
    const [tag, nonce, signature] = value.split(".");
    browser.jar.set(name, `${tag}.${nonce.replace(/^./, (c) => (c === "A" ? "B" : "A"))}.${signature}`);
    expect(await readDeviceCookie({ account })).toBeNull();
    browser.jar.set(name, value);
    process.env.NEXTAUTH_SECRET = "another-installation-secret-0123456789abcdef";
    expect(await readDeviceCookie({ account })).toBeNull();
  });

  it("gets a new nonce at every login, and remembers the five most recent accounts", async () => {
    await issueDeviceCookie({ account, secure: false });
    const first = await readDeviceCookie({ account });
    await issueDeviceCookie({ account, secure: false });
    expect(await readDeviceCookie({ account })).not.toBe(first);
    for (let i = 1; i <= 5; i++) await issueDeviceCookie({ account: `kollega${i}@kommun.se`, secure: false });
    expect(await readDeviceCookie({ account })).toBeNull();
    expect(await readDeviceCookie({ account: "kollega1@kommun.se" })).toEqual(expect.any(String));
    expect(browser.jar.get(deviceCookieName(false))!.split("~")).toHaveLength(5);
  });
});
