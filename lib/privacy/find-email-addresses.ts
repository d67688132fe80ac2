import { isAllowedEmailAddress } from "./allowed-email-addresses";
import type { Finding } from "./types";

const LOCAL_CHAR = /[\p{L}\d._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\d.-]/u;
const SPACE = /[ \t]/;
const MAX_SPACES = 3;
const DOMAIN_SHAPE = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;

// Expanding outwards from each "@" instead of one big regex keeps the cost linear: a regex
// like /[\w.]+@/ retries the whole word from every start position when no "@" follows.
export function findEmailAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  let at = text.indexOf("@");
  let lastEnd = 0;
  while (at !== -1) {
    // "anna @ example.se": a space or two on either side of the "@" hides the address from a
    // filter but not from a reader. The domain must still have a dot and a top-level domain,
    // which "vi ses @ kontoret" has not.
    let localEnd = at;
    while (localEnd > lastEnd && at - localEnd < MAX_SPACES && SPACE.test(text[localEnd - 1])) localEnd--;
    let domainStart = at + 1;
    while (domainStart < text.length && domainStart - at - 1 < MAX_SPACES && SPACE.test(text[domainStart])) domainStart++;
    let start = localEnd;
    while (start > lastEnd && LOCAL_CHAR.test(text[start - 1])) start--;
    let end = domainStart;
    while (end < text.length && DOMAIN_CHAR.test(text[end])) end++;
    // A sentence may end right after the address: "skriv till anna@example.se."
    while (end > domainStart && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    while (start < localEnd && text[start] === ".") start++;
    const domain = text.slice(domainStart, end);
    if (start < localEnd && DOMAIN_SHAPE.test(domain)) {
      const address = text.slice(start, end);
      // A public body's functional address names no one (allowed-email-addresses.ts).
      if (!isAllowedEmailAddress(text.slice(start, localEnd) + "@" + domain)) {
        findings.push({ kind: "email", start, end, text: address, replacement: "[e-postadress]" });
      }
      lastEnd = end;
    }
    at = text.indexOf("@", at + 1);
  }
  return findings;
}
