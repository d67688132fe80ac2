import type { IncomingMessage, ServerResponse } from "node:http";

// When proxy.ts refuses a body as too large (413), the client may still be sending it: Node
// would read and throw away every remaining byte to keep the connection, and a 16 MB body sent
// over and over keeps the server busy doing only that. Once the refusal is sent, the connection
// is closed instead, so the rest of the body is never read.
export function stopRefusedUpload(req: IncomingMessage, res: ServerResponse) {
  res.once("finish", () => {
    if (res.statusCode === 413 && !req.complete) req.socket.destroySoon();
  });
}
