import { headers } from "next/headers";

// The nonce proxy.ts put in this request's Content-Security-Policy, for the few script tags
// the app writes itself (Next adds it to its own).
export async function readNonce(): Promise<string | undefined> {
  return (await headers()).get("content-security-policy")?.match(/'nonce-([^']+)'/)?.[1];
}
