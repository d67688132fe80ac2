import { spawn } from "node:child_process";
import path from "node:path";
import { currentDbHandle } from "./index";
import { dbConfig } from "./config";
import { listMigrations, migrateEmbedded } from "./migrate-embedded";

const LOCK_ATTEMPTS = 6;

// PostgreSQL: the Prisma CLI's `migrate deploy`, which takes an advisory lock so several app
// instances starting at once apply each migration once. The CLI gives up on the lock after 10
// seconds; an instance that waited on another's migration simply tries again, and then finds
// nothing left to do. The environment passed in wins over this process's own.
export async function migrateDeployCli(env: Record<string, string> = {}): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runMigrateDeploy(env);
    } catch (error) {
      const lockTimeout = error instanceof Error && /advisory lock/i.test(error.message);
      if (!lockTimeout || attempt >= LOCK_ATTEMPTS) throw error;
      console.log("Another instance is migrating the database; waiting for it.");
    }
  }
}

function runMigrateDeploy(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output}`)),
    );
  });
}

// Whether every migration file is already applied, unchanged, by Prisma's bookkeeping. The CLI
// takes seconds to start its schema engine even when there is nothing to do (about 7 s of a
// 17 s start-up at 100,000 stories), so a start with nothing pending skips it; anything else
// (a new, changed or failed migration, no table yet) goes to the CLI as before.
export async function postgresMigrationsApplied(): Promise<boolean> {
  try {
    const rows = await currentDbHandle().client.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]));
    return listMigrations().every((migration) => applied.get(migration.name) === migration.checksum);
  } catch {
    return false;
  }
}

// Applies pending migrations to the database this process uses.
export async function migrateDatabase(): Promise<void> {
  if (dbConfig().kind === "postgres") {
    if (await postgresMigrationsApplied()) return;
    return migrateDeployCli();
  }
  const { pglite } = currentDbHandle();
  if (!pglite) throw new Error("The embedded database handle has no PGlite instance.");
  await migrateEmbedded(pglite);
}
