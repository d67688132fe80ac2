import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { describeEachDatabase } from "@/test/db-harness";
import { postgresMigrationsApplied } from "./migrate";

describeEachDatabase("skipping the migration CLI when nothing is pending", (kind) => {
  // The embedded database never uses the CLI (lib/db/migrate-embedded.ts).
  it.skipIf(kind !== "postgres")("sees a database migrated by `prisma migrate deploy` as up to date, and any gap as not", async () => {
    expect(await postgresMigrationsApplied()).toBe(true);
    const [latest] = await db.$queryRawUnsafe<{ migration_name: string }[]>(`SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`);
    await db.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET checksum = 'changed' WHERE migration_name = $1`, latest.migration_name);
    expect(await postgresMigrationsApplied()).toBe(false);
    await db.$executeRawUnsafe(`DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, latest.migration_name);
    expect(await postgresMigrationsApplied()).toBe(false);
    await db.$executeRawUnsafe(`DROP TABLE "_prisma_migrations"`);
    expect(await postgresMigrationsApplied()).toBe(false);
  });
});
