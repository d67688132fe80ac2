import { describe, expect, it } from "vitest";
import { requestIsHttps } from "@/lib/security/request-is-https";
import { authOptionsFor } from "./options";

describe("moderator session cookies", () => {
  it("are HttpOnly and SameSite=Lax without the Secure prefix over plain http", () => {
    const options = authOptionsFor({ secure: false });
    expect(options.useSecureCookies).toBe(false);
    expect(options.cookies?.sessionToken).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });

  it("are Secure with the __Secure- and __Host- prefixes behind https", () => {
    const options = authOptionsFor({ secure: true });
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken?.name).toBe("__Secure-next-auth.session-token");
    expect(options.cookies?.sessionToken?.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true });
    expect(options.cookies?.csrfToken?.name).toBe("__Host-next-auth.csrf-token");
    expect(options.cookies?.callbackUrl?.options).toMatchObject({ httpOnly: true, secure: true });
  });

  it("count as https when the public address or a trusted proxy in front says so", () => {
    const local = "http://127.0.0.1:3000";
    expect(requestIsHttps({ publicUrl: "https://sakligt.se", trustProxy: false })).toBe(true);
    expect(requestIsHttps({ publicUrl: local, trustProxy: true, forwardedProto: "https" })).toBe(true);
    expect(requestIsHttps({ publicUrl: local, trustProxy: true, forwardedProto: "https, http" })).toBe(true);
    expect(requestIsHttps({ publicUrl: local, trustProxy: true, forwardedProto: "http" })).toBe(false);
    expect(requestIsHttps({ publicUrl: local, trustProxy: true, forwardedProto: null })).toBe(false);
  });

  it("do not count as https because a client without a trusted proxy says so", () => {
    expect(requestIsHttps({ publicUrl: "http://127.0.0.1:3000", trustProxy: false, forwardedProto: "https" })).toBe(false);
  });
});
