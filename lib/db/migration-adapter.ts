import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { type DbConfig, pgPoolConfig } from "./config";

const PG_TYPE_NAME = 19;
const PG_TYPE_TEXT = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

// prisma/orm#27403: the migration engine's catalog queries return type `name`, which the pg
// adapter cannot deserialize. Reporting it as `text` is exactly what the value is.
function reportNameColumnsAsText() {
  const proto = pg.Pool.prototype as unknown as { query: (...args: unknown[]) => unknown; __sakligt?: boolean };
  if (proto.__sakligt) return;
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<QueryResultLike>).then((res) => {
        for (const field of res?.fields ?? []) {
          if (field.dataTypeID === PG_TYPE_NAME) field.dataTypeID = PG_TYPE_TEXT;
        }
        return res;
      });
    }
    return result;
  };
  proto.__sakligt = true;
}

// The adapter's executeScript does not await the script, so a failing script would pass
// silently; this awaits it and lets the error reach the migration engine.
function awaitScripts(factory: PrismaPGlite, client: PGlite) {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await client.exec(script);
    };
    return adapter;
  };
  return factory;
}

// The pg adapter's executeScript splits a migration at every ";", which cuts a PL/pgSQL
// function body (the trigger functions of 20261201100000) apart. A query without parameters
// goes over PostgreSQL's simple protocol, which runs the whole script as one implicit
// transaction.
function runScriptsWhole(factory: PrismaPg) {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    const onError = (adapter as unknown as { onError?: (error: unknown) => never }).onError?.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        if (onError) onError(error);
        throw error;
      }
    };
    return adapter;
  };
  return factory;
}

export async function createMigrationAdapter(config: DbConfig) {
  if (config.kind === "postgres") {
    reportNameColumnsAsText();
    return runScriptsWhole(new PrismaPg(pgPoolConfig(config.url)));
  }
  // The CLI never closes PGlite and ends with process.exit(): a data directory it opened was
  // seen to hang the CLI and to fail to reopen. So the CLI only ever gets a throwaway in-memory
  // database (enough for `migrate diff`), and the embedded data directory is migrated
  // in-process by `npm start` (lib/db/migrate-embedded.ts), which owns it.
  const client = new PGlite("memory://");
  return awaitScripts(new PrismaPGlite(client), client);
}
