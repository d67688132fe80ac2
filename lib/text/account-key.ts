import { z } from "zod";

// No e-mail address is longer than 254 characters (RFC 5321); the rest is room for odd but
// harmless spellings. Anything longer is refused before it is normalised: NFKC can make a
// string 18 times longer (U+FDFA), and one 16 MB login once held the whole server for seconds.
// Only the spaces around the address (which trimming removes in one pass, without growing
// anything) do not count.
export const ACCOUNT_EMAIL_MAX_LENGTH = 320;

export function accountEmailWithinLimit(email: string): boolean {
  return email.trim().length <= ACCOUNT_EMAIL_MAX_LENGTH;
}

// The one spelling of an account's e-mail that every part of the app agrees on: the login
// lookup, the login limits and the stored account. An attacker who pads the address with
// spaces, types it in capitals or in full-width letters (ｍｏｄ＠…) still lands on the same
// account, and so on the same counters; NFKC folds the compatibility forms first, so that
// trimming and lower-casing see the plain letters. Callers refuse longer input first
// (accountEmailSchema); this throws rather than normalise it.
export function canonicalAccountKey(email: string): string {
  const trimmed = email.trim();
  if (trimmed.length > ACCOUNT_EMAIL_MAX_LENGTH) throw new RangeError("An e-mail address this long is refused before it is normalised.");
  return trimmed.normalize("NFKC").toLowerCase().normalize("NFKC").trim();
}

// An e-mail from a form or a login, in its canonical form. zod runs the transform only when the
// length check passed, so nothing over the limit is normalised.
export const accountEmailSchema = z
  .string({ error: "emailInvalid" })
  .refine(accountEmailWithinLimit, { message: "emailInvalid" })
  .transform(canonicalAccountKey)
  .pipe(z.email({ message: "emailInvalid" }));
