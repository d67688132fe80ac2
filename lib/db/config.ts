import path from "node:path";
import { env } from "../env";

export type DbConfig =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string };

export function dbConfig(): DbConfig {
  const { DATABASE_URL, dataDir } = env();
  if (DATABASE_URL) return { kind: "postgres", url: DATABASE_URL };
  return { kind: "pglite", dataDir: path.join(dataDir, "pglite") };
}

// The pg adapter builds its shadow database by overriding `database`, which a connectionString
// would win over, so the URL is passed as separate fields (shared/STACK.md).
export function pgPoolConfig(url: string) {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname) || parsed.searchParams.get("host") || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || undefined,
  };
}
