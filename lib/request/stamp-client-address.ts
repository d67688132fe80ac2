import type { IncomingMessage } from "node:http";

// Server actions and route handlers cannot see the socket, so the start script copies the
// client's address into this header before Next sees the request. The address is only ever
// used to compute a keyed, daily-rotating hash (lib/rate-limit/); it is never stored or logged.
export const CLIENT_ADDRESS_HEADER = "x-sakligt-client-address";

// A client must not be able to choose its own address: whatever it sent in our header is
// dropped first. X-Forwarded-For is believed only when a trusted proxy in front sets it.
export function stampClientAddress(req: IncomingMessage, { trustProxy }: { trustProxy: boolean }) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = (trustProxy ? firstForwardedFor(req.headers["x-forwarded-for"]) : undefined) ?? req.socket.remoteAddress;
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
}

function firstForwardedFor(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const first = value?.split(",")[0]?.trim();
  return first ? first : undefined;
}
