import http, { type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import next from "next";
import { defaultLocale, loadMessages } from "@/i18n/messages";
import { PageCache } from "@/lib/cache/page-cache";
import { publicCacheOf } from "@/lib/cache/public-cache";
import { currentDbHandle } from "@/lib/db";
import { logFailure } from "@/lib/errors/log-failure";
import { withResponseStatusOverride } from "@/lib/http/response-status-override";
import { findMunicipalityBySlug } from "@/lib/municipalities";
import { dropUntrustedForwardedHeaders } from "@/lib/request/drop-untrusted-forwarded-headers";
import { stampClientAddress } from "@/lib/request/stamp-client-address";
import { stopRefusedUpload } from "@/lib/request/stop-refused-upload";
import { createNonce } from "@/lib/security/content-security-policy";
import type { ServerOptions } from "./prepare";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export type HttpFront = { server: Server; close: () => Promise<void> };

// The node server in front of Next: it trusts forwarded headers only behind a proxy, refuses
// uploads it will not read, serves reader pages from the page cache, and hands the rest to Next.
export async function startHttpFront({ config, root, dev }: Omit<ServerOptions, "embedded">): Promise<HttpFront> {
  const app = next({ dev, dir: root, port: config.PORT, hostname: "0.0.0.0" });
  await app.prepare();
  // Reader pages as anonymous readers get them (lib/cache/page-cache.ts), emptied by every
  // public change with the rest of the public cache. Not in development, where pages change.
  const pageCache = dev ? null : new PageCache({
        content: () => publicCacheOf(currentDbHandle()),
        createNonce,
        municipalityCodeOfSlug: (slug) => findMunicipalityBySlug(slug)?.code,
      });
  const server = http.createServer(createRequestListener({ handle: app.getRequestHandler(), pageCache, trustProxy: config.TRUST_PROXY === "true" }));
  await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
  console.log(`Sakligt is running on http://localhost:${config.PORT}`);
  return {
    server,
    close: async () => {
      server.closeIdleConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close?.();
    },
  };
}

export function createRequestListener({ handle, pageCache, trustProxy }: { handle: Handle; pageCache: PageCache | null; trustProxy: boolean }): RequestListener {
  return (req, res) => {
    dropUntrustedForwardedHeaders(req, { trustProxy });
    stampClientAddress(req, { trustProxy });
    if (stopRefusedUpload(req, res)) return;
    // A page may ask for a status of its own, such as a search refused under load (503).
    const serve = async () => withResponseStatusOverride(res, () => (pageCache ? pageCache.handle(req, res, () => handle(req, res)) : handle(req, res)));
    // A failure that escapes Next or the page cache would otherwise be an unhandled rejection,
    // which ends the process and every reader's request with it.
    serve().catch((error: unknown) => answerFailure(res, error));
  };
}

function answerFailure(res: ServerResponse, error: unknown) {
  logFailure("A request outside the page", error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const { title, text } = loadMessages(defaultLocale).Common.error;
  res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(`${title}\n\n${text}\n`);
}
