import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { type DbConfig, dbConfig, pgPoolConfig } from "./config";

type Handle = {
  client: PrismaClient;
  close: () => Promise<void>;
  config: DbConfig;
  // Set on the embedded database, for in-process migrations (lib/db/migrate-embedded.ts).
  pglite?: PGlite;
  // State that lives as long as this connection, such as the public-content cache and its
  // LISTEN connection (lib/cache): kept here, not in a module, because the start script and the
  // bundled app are separate module graphs that share this one handle. Closed before the client.
  attachments: Map<string, { close: () => Promise<void> }>;
};

async function closeAttachments(attachments: Handle["attachments"]) {
  const closing = [...attachments.values()];
  attachments.clear();
  await Promise.all(closing.map((attachment) => attachment.close()));
}

// Prisma gives an interactive transaction 2 s to get a connection. When many authors send at
// once, the pool's ten connections are busy for longer than that, and the story was refused
// ("försök igen om en stund"): 41 of 200 in `npm run bench:submit` on PostgreSQL. 200 concurrent
// transactions on a ten-connection pool fail with P2028 at the default and not at these limits.
// Waiting longer turns that refusal into a short delay.
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

export function openDb(config: DbConfig = dbConfig()): Handle {
  if (config.kind === "postgres") {
    const client = new PrismaClient({ adapter: new PrismaPg(pgPoolConfig(config.url)), transactionOptions });
    const attachments: Handle["attachments"] = new Map();
    return {
      client,
      config,
      attachments,
      close: async () => {
        await closeAttachments(attachments);
        await client.$disconnect();
      },
    };
  }
  fs.mkdirSync(config.dataDir, { recursive: true });
  const pglite = new PGlite(config.dataDir);
  const client = new PrismaClient({ adapter: new PrismaPGlite(pglite), transactionOptions });
  const attachments: Handle["attachments"] = new Map();
  return {
    client,
    config,
    pglite,
    attachments,
    close: async () => {
      await closeAttachments(attachments);
      await client.$disconnect();
      await pglite.close();
    },
  };
}

// One handle per process. It lives on globalThis so that the start script, which migrates,
// seeds and then serves in one process, and the bundled app code share the same database
// (PGlite allows a single opener per data directory).
const globalForDb = globalThis as unknown as { sakligtDb?: Handle };

function handle(): Handle {
  globalForDb.sakligtDb ??= openDb();
  return globalForDb.sakligtDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => {
    const client = handle().client;
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export function currentDbHandle(): Handle {
  return handle();
}

export async function closeDb() {
  const current = globalForDb.sakligtDb;
  globalForDb.sakligtDb = undefined;
  await current?.close();
}

export type { PrismaClient };
export type DbHandle = Handle;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
