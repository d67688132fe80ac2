import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

// The unit a rate limit counts as one source. An IPv6 end site (a home, an office, a rented
// server) is normally handed a whole /64, so every address in it belongs to one party; counted
// one by one they would give an attacker 2^64 fresh allowances. An IPv4 client reaching a
// dual-stack socket arrives as ::ffff:a.b.c.d and is that IPv4 address. Anything that is not an
// address (a test's label, "unknown") stays itself.
export function sourceGroup(address: string): string {
  const text = address.trim();
  // Node's own check first: it accepts only the usual spellings (no octal or hex IPv4 parts),
  // with or without a zone id; the maintained parser then reads them.
  if (isIP(text) === 0) return `other:${text}`;
  const parsed = ipaddr.process(text);
  if (parsed.kind() === "ipv4") return `ipv4:${parsed.toString()}`;
  const prefix = new ipaddr.IPv6([...(parsed as ipaddr.IPv6).parts.slice(0, 4), 0, 0, 0, 0]);
  return `ipv6:${prefix.toString()}/64`;
}
