import path from "node:path";
import { defineConfig } from "prisma/config";
import { dbConfig } from "./lib/db/config";
import { createMigrationAdapter } from "./lib/db/migration-adapter";

const target = dbConfig();
// Without a datasource URL the CLI tries to download a query engine (shared/STACK.md). On the
// embedded database nothing ever connects to this placeholder: the adapter below does.
process.env.DATABASE_URL ||= "postgresql://embedded.invalid/unused";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: () => createMigrationAdapter(target),
});
