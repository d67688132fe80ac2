import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import type { Env } from "@/lib/env";
import { makeDataDirPrivate } from "@/lib/db/make-data-dir-private";
import { migrateDatabase } from "@/lib/db/migrate";

// The part of `npm start` that touches DATA_DIR and the database before anything is served:
// DATA_DIR is made private before the first file is written, the auth secret is resolved,
// migrations run, and the files PGlite has just created (mode 0666) are made private too.
export async function prepareDatabase({ config }: { config: Env }): Promise<{ authSecret: string }> {
  const embedded = !config.DATABASE_URL;
  const keepsFiles = embedded || !config.AUTH_SECRET;
  if (keepsFiles) makeDataDirPrivate({ dataDir: config.dataDir });
  const authSecret = resolveAuthSecret({ configured: config.AUTH_SECRET, dataDir: config.dataDir });
  await migrateDatabase();
  if (embedded) makeDataDirPrivate({ dataDir: config.dataDir });
  return { authSecret };
}
