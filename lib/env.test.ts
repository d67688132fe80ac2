import { describe, expect, it } from "vitest";
import { configureAuthOrigin } from "@/lib/auth/configure-auth-origin";
import { parseEnv as parseProcessEnv } from "@/lib/env";

const parseEnv = (vars: Record<string, string>) => parseProcessEnv(vars as NodeJS.ProcessEnv);

describe("the public address", () => {
  it("comes from PUBLIC_URL, or from NEXTAUTH_URL, its older name", () => {
    expect(parseEnv({ PUBLIC_URL: "https://sakligt.example.se/" }).publicUrl).toBe("https://sakligt.example.se");
    expect(parseEnv({ NEXTAUTH_URL: "http://127.0.0.1:3350" }).publicUrl).toBe("http://127.0.0.1:3350");
    expect(parseEnv({ PUBLIC_URL: "https://a.se", NEXTAUTH_URL: "https://a.se/" }).publicUrl).toBe("https://a.se");
  });

  it("is localhost when unset, and left to the proxy's X-Forwarded-Host only with TRUST_PROXY=true", () => {
    expect(parseEnv({ PORT: "4000" }).publicUrl).toBe("http://localhost:4000");
    expect(parseEnv({ TRUST_PROXY: "true" }).publicUrl).toBeUndefined();
    expect(parseEnv({ TRUST_PROXY: "true", PUBLIC_URL: "https://a.se" }).publicUrl).toBe("https://a.se");
  });

  it("stops the app with a message naming the variable when it is not a plain http(s) origin", () => {
    expect(() => parseEnv({ PUBLIC_URL: "sakligt.se" })).toThrow(/PUBLIC_URL: must be an http/);
    expect(() => parseEnv({ PUBLIC_URL: "javascript:alert(1)" })).toThrow(/PUBLIC_URL/);
    expect(() => parseEnv({ PUBLIC_URL: "https://a.se/sakligt" })).toThrow(/PUBLIC_URL: must be only the scheme and host/);
    expect(() => parseEnv({ NEXTAUTH_URL: "ftp://a.se" })).toThrow(/NEXTAUTH_URL/);
    expect(() => parseEnv({ PUBLIC_URL: "https://a.se", NEXTAUTH_URL: "https://b.se" })).toThrow(/PUBLIC_URL: differs/);
  });

  it("is what next-auth builds its addresses from; it trusts request headers only behind a trusted proxy", () => {
    const configured: Record<string, string | undefined> = { AUTH_TRUST_HOST: "true" };
    configureAuthOrigin({ publicUrl: parseEnv({}).publicUrl, target: configured });
    expect(configured).toEqual({ NEXTAUTH_URL: "http://localhost:3000" });
    const proxied: Record<string, string | undefined> = {};
    configureAuthOrigin({ publicUrl: parseEnv({ TRUST_PROXY: "true" }).publicUrl, target: proxied });
    expect(proxied).toEqual({ AUTH_TRUST_HOST: "true" });
  });
});
