import { isAllowedEmailAddress } from "./allowed-email-addresses";
import type { Finding } from "./types";

const LOCAL_CHAR = /[\p{L}\d._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\d.-]/u;
const DOMAIN_SHAPE = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;

// Expanding outwards from each "@" instead of one big regex keeps the cost linear: a regex
// like /[\w.]+@/ retries the whole word from every start position when no "@" follows.
export function findEmailAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  let at = text.indexOf("@");
  let lastEnd = 0;
  while (at !== -1) {
    let start = at;
    while (start > lastEnd && LOCAL_CHAR.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && DOMAIN_CHAR.test(text[end])) end++;
    // A sentence may end right after the address: "skriv till anna@example.se."
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    while (start < at && text[start] === ".") start++;
    const domain = text.slice(at + 1, end);
    if (start < at && DOMAIN_SHAPE.test(domain)) {
      const address = text.slice(start, end);
      // A public body's functional address names no one (allowed-email-addresses.ts).
      if (!isAllowedEmailAddress(address)) {
        findings.push({ kind: "email", start, end, text: address, replacement: "[e-postadress]" });
      }
      lastEnd = end;
    }
    at = text.indexOf("@", at + 1);
  }
  return findings;
}
