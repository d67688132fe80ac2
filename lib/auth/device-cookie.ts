import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { routes } from "@/lib/routes";
import { deriveSecret } from "@/lib/secrets/derive-secret";
import { canonicalAccountKey } from "@/lib/text/account-key";

// OWASP's "device cookie": a browser that has logged in to an account before says so at its
// next login, so that guesses from elsewhere, which slow down every unknown browser, never slow
// down the moderator's own (lib/auth/limit-account-attempts.ts). Each entry is
// <account tag>.<nonce>.<signature>: the tag is a keyed hash of the account, not the e-mail
// itself; the nonce is random and new at every login; the signature (HMAC with a key derived
// from AUTH_SECRET) makes entries unforgeable. The server keeps no list of them: a valid
// signature is the proof. One browser may hold entries for a few accounts (a shared office
// computer), newest first.
const MAX_ENTRIES = 5;
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
// Sent only with requests to the login endpoints, not with every page.
const PATH = routes.api.auth();

export function deviceCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}sakligt-device`;
}

type Entry = { tag: string; nonce: string; signature: string };

// The nonce of this browser's valid device cookie for the account, or null. The nonce is what a
// device cookie's own allowance is counted by, once its holder fails.
export async function readDeviceCookie({ account }: { account: string }): Promise<string | null> {
  const jar = await cookies();
  const tag = accountTag(account);
  for (const secure of [true, false]) {
    const entry = entriesOf(jar.get(deviceCookieName(secure))?.value).find((candidate) => candidate.tag === tag);
    if (entry) return entry.nonce;
  }
  return null;
}

// After a successful login: a fresh entry for this account, in front of the others this browser
// holds. The server keeps no list, so an entry copied from the browser stays valid for its year;
// what it buys is only its own small allowance of failures (limit-account-attempts.ts).
export async function issueDeviceCookie({ account, secure }: { account: string; secure: boolean }): Promise<void> {
  const jar = await cookies();
  const name = deviceCookieName(secure);
  const tag = accountTag(account);
  const nonce = randomBytes(16).toString("base64url");
  const others = entriesOf(jar.get(name)?.value).filter((entry) => entry.tag !== tag);
  const entries = [{ tag, nonce, signature: sign(tag, nonce) }, ...others].slice(0, MAX_ENTRIES);
  const value = entries.map((entry) => `${entry.tag}.${entry.nonce}.${entry.signature}`).join("~");
  jar.set(name, value, { httpOnly: true, sameSite: "lax", secure, path: PATH, maxAge: MAX_AGE_SECONDS });
}

// Only entries whose signature holds; anything else in the cookie is ignored.
function entriesOf(value: string | undefined): Entry[] {
  if (!value) return [];
  return value
    .split("~", MAX_ENTRIES)
    .map((part) => part.split("."))
    .filter((parts) => parts.length === 3)
    .map(([tag, nonce, signature]) => ({ tag, nonce, signature }))
    .filter((entry) => signatureHolds(entry));
}

function signatureHolds({ tag, nonce, signature }: Entry): boolean {
  const expected = Buffer.from(sign(tag, nonce));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function accountTag(account: string): string {
  return keyed(`account:${canonicalAccountKey(account)}`).subarray(0, 12).toString("base64url");
}

function sign(tag: string, nonce: string): string {
  return keyed(`device:${tag}.${nonce}`).toString("base64url");
}

function keyed(text: string): Buffer {
  return createHmac("sha256", deriveSecret("device-cookie")).update(text).digest();
}
