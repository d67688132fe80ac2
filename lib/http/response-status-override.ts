import { AsyncLocalStorage } from "node:async_hooks";
import type { ServerResponse } from "node:http";

// A page cannot choose its HTTP status in the App Router beyond 404, 403 and 401. A search page
// that must say "try again in a while" still answers as a page a person can read, with the
// status and Retry-After a client or crawler acts on: the page asks for them here, and the
// start script applies them when Next writes the response's head. The store lives on
// globalThis because the start script and the bundled app are separate module graphs.
type Override = { status?: number; headers: Record<string, string> };

const globalForOverride = globalThis as unknown as { sakligtResponseOverride?: AsyncLocalStorage<Override> };
const storage = (globalForOverride.sakligtResponseOverride ??= new AsyncLocalStorage<Override>());

// Called by the start script around each request it hands to Next.
export function withResponseStatusOverride<T>(res: ServerResponse, handle: () => T): T {
  const override: Override = { headers: {} };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  // Node's implicit head (a first write or end without writeHead) goes through writeHead too.
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    if (override.status === undefined) return writeHead(statusCode, ...rest);
    for (const [name, value] of Object.entries(override.headers)) res.setHeader(name, value);
    return writeHead(override.status, ...rest.filter((arg) => typeof arg !== "string"));
  }) as typeof res.writeHead;
  return storage.run(override, handle);
}

// Called by a page while it renders. Outside a request the start script serves (tests, `next
// start` on its own) there is nothing to override, and the page is answered as it renders.
export function overrideResponseStatus(status: number, headers: Record<string, string> = {}): void {
  const override = storage.getStore();
  if (!override) return;
  override.status = status;
  Object.assign(override.headers, headers);
}
