// Runs once per `vitest run`: migrates one PGlite data directory and one PostgreSQL template
// database the way `npm start` does, so every test database starts as a copy of what a
// deployment gets.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateDeployCli } from "@/lib/db/migrate";
import { migrateEmbedded } from "@/lib/db/migrate-embedded";
import { type Cluster, startCluster } from "./postgres-cluster";

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplateUrl: string;
    pgAdminUrl: string;
    pgliteTemplateDir: string;
  }
}

let cluster: Cluster | undefined;
let pgliteRoot: string | undefined;

export default async function setup(project: TestProject) {
  cluster = await startCluster();
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  await admin.query("CREATE DATABASE sakligt_template");
  await admin.end();

  pgliteRoot = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-pglite-"));
  const pglite = new PGlite(path.join(pgliteRoot, "pglite"));
  await Promise.all([migrateDeployCli({ DATABASE_URL: cluster.url("sakligt_template") }), migrateEmbedded(pglite)]);
  await pglite.close();

  project.provide("pgAdminUrl", cluster.url("postgres"));
  project.provide("pgTemplateUrl", cluster.url("sakligt_template"));
  project.provide("pgliteTemplateDir", path.join(pgliteRoot, "pglite"));

  return () => {
    cluster?.stop();
    if (pgliteRoot) fs.rmSync(pgliteRoot, { recursive: true, force: true });
  };
}
