import type { IncomingMessage, ServerResponse } from "node:http";
import { routePatterns } from "@/lib/routes";
import { API_BODY_LIMIT_BYTES } from "@/lib/security/screen-api-request";
import reader from "@/messages/sv/reader.json";

// When proxy.ts refuses a body as too large (413), the client may still be sending it: Node
// would read and throw away every remaining byte to keep the connection, and a 16 MB body sent
// over and over keeps the server busy doing only that. Once the refusal is sent, the connection
// is closed instead, so the rest of the body is never read. A body to app/api that declares
// its size as too large is refused here at once, before Next copies any of it; one that does
// not declare it is counted by the proxy (lib/security/read-body-within-limit.ts). The answer
// is the API's JSON refusal (lib/http/api-responses.ts), which cannot be imported before Next runs.
export function stopRefusedUpload(req: IncomingMessage, res: ServerResponse): boolean {
  res.once("finish", () => {
    if (res.statusCode === 413 && !req.complete) req.socket.destroySoon();
  });
  const declared = Number(req.headers["content-length"] ?? 0);
  if (!routePatterns.api.test(req.url ?? "") || !(declared > API_BODY_LIMIT_BYTES)) return false;
  const body = JSON.stringify({ error: { code: "BODY_TOO_LARGE", message: reader.Api.errors.BODY_TOO_LARGE } });
  res.writeHead(413, { "Content-Type": "application/json", "X-Content-Type-Options": "nosniff", "Access-Control-Allow-Origin": "*", Connection: "close" });
  res.end(body);
  return true;
}
