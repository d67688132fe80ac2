import { createHmac } from "node:crypto";
import { canonicalAccountKey } from "@/lib/text/account-key";
import { deriveSecret } from "@/lib/secrets/derive-secret";
import { sourceGroup } from "./source-group";

// Why a stored key cannot be turned back into an address:
// - The key is HMAC-SHA256(dailyKey, subject). HMAC is one-way, so the only attack is to guess:
//   hash every possible address (IPv4 has only 2^32) and compare.
// - Guessing needs the day's key. It is derived in memory from the server secret and the UTC
//   date, on every instance alike, and is never written to the database, a file or a log.
// - The rows are needed only while their window is open (at most an hour) and are purged after
//   (purgeExpiredRateLimits). Once a day's rows are gone there is no hash left to compare a guess
//   against, even for someone who later learns the secret: nothing links the address to anything.
// - Keys change every day, so rows from two days cannot be joined to follow one source over time.
// The one window of exposure is a thief holding both the secret and a live table at once; that
// thief already controls the server, which sees the addresses anyway.
export function dailyKey({ now, secret = deriveSecret("rate-limit") }: { now: Date; secret?: Buffer }): Buffer {
  return createHmac("sha256", secret).update(`rate-limit:${utcDate(now)}`).digest();
}

// "account-source" counts one account as tried from one address (a lock there leaves the real
// moderator's own address free); `tag` keeps apart counters that share a bucket but not a window.
// "device" is a device cookie's nonce (lib/auth/device-cookie.ts), counted only after a failure.
export type RateLimitSubject =
  | { kind: "address" | "receipt" | "device"; value: string }
  | { kind: "account"; value: string; tag?: string }
  | { kind: "account-source"; value: string; address: string; tag?: string };

// The kind is mixed in so an address, an account name and a receipt can never share a key. Accounts are
// compared in the login's canonical form (lib/text/account-key.ts).
export function sourceKey({ subject, now, secret }: { subject: RateLimitSubject; now: Date; secret?: Buffer }): string {
  return createHmac("sha256", dailyKey({ now, secret })).update(subjectText(subject)).digest("base64url");
}

// Addresses are counted by their group (source-group.ts: an IPv6 /64 is one source), in every
// rate limit alike.
function subjectText(subject: RateLimitSubject): string {
  switch (subject.kind) {
    case "account-source":
      return `account-source:${JSON.stringify([canonicalAccountKey(subject.value), sourceGroup(subject.address), subject.tag ?? ""])}`;
    case "account":
      return `account:${canonicalAccountKey(subject.value)}${subject.tag ? `:${JSON.stringify(subject.tag)}` : ""}`;
    case "address":
      return `address:${sourceGroup(subject.value)}`;
    default:
      return `${subject.kind}:${subject.value}`;
  }
}

function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
