import type { IncomingMessage } from "node:http";

// Headers a reverse proxy sets to say how the visitor reached it. Without a proxy we were
// told to trust (TRUST_PROXY=true), they are whatever the client chose to send, and Next and
// next-auth would otherwise take them at their word when building addresses.
const FORWARDED_HEADERS = ["forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

export function dropUntrustedForwardedHeaders(req: IncomingMessage, { trustProxy }: { trustProxy: boolean }) {
  if (trustProxy) return;
  for (const name of FORWARDED_HEADERS) delete req.headers[name];
}
