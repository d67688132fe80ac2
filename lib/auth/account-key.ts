// The one spelling of an account's e-mail that every part of the app agrees on: the login
// lookup, the login limits and the stored account. An attacker who pads the address with
// spaces, types it in capitals or in full-width letters (ｍｏｄ＠…) still lands on the same
// account, and so on the same counters; NFKC folds the compatibility forms first, so that
// trimming and lower-casing see the plain letters.
export function canonicalAccountKey(email: string): string {
  return email.normalize("NFKC").toLowerCase().normalize("NFKC").trim();
}
