import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "./content-security-policy";

const directive = (policy: string, name: string) =>
  policy.split("; ").find((part) => part.startsWith(`${name} `)) ?? "";

describe("buildContentSecurityPolicy", () => {
  it("lets scripts run only with the nonce in production, never inline or eval", () => {
    const policy = buildContentSecurityPolicy({ nonce: "abc123" });
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive(policy, "script-src")).not.toContain("unsafe-inline");
  });

  it("allows eval for React only in development", () => {
    expect(directive(buildContentSecurityPolicy({ nonce: "n", development: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("keeps what the ALTCHA widget needs and forbids framing, plugins and base rewrites", () => {
    const policy = buildContentSecurityPolicy({ nonce: "n" });
    expect(directive(policy, "worker-src")).toBe("worker-src 'self' blob:");
    expect(directive(policy, "style-src")).toBe("style-src 'self' 'unsafe-inline'");
    for (const part of ["frame-ancestors 'none'", "base-uri 'none'", "object-src 'none'", "form-action 'self'", "default-src 'self'"]) {
      expect(policy).toContain(part);
    }
  });

  it("upgrades insecure requests only behind https", () => {
    expect(buildContentSecurityPolicy({ nonce: "n" })).not.toContain("upgrade-insecure-requests");
    expect(buildContentSecurityPolicy({ nonce: "n", https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
