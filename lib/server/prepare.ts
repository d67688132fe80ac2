import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { configureAuthOrigin } from "@/lib/auth/configure-auth-origin";
import { db } from "@/lib/db";
import type { Env } from "@/lib/env";
import { keepErasurePendingIn } from "@/lib/erasure/erasure-pending";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { seedBaseContent, seedDemoStories, seedHouseStyle } from "@/lib/seed/seed-database";
import { demoOrganisationName, seedDemoOrganisation } from "@/lib/seed/seed-demo-organisation";
import { routes } from "@/lib/routes";
import { seedDemoQueue } from "@/lib/seed/seed-demo-queue";
import { sealPlainTotpSecrets } from "@/lib/totp/seal-plain-totp-secrets";
import { prepareDatabase } from "./prepare-database";

export type ServerOptions = { config: Env; root: string; dev: boolean; embedded: boolean };

// Everything `npm start` does before it serves: the login's origin, a production build if none
// exists, migrations, the seed, the first admin, and old data brought up to date. Nothing is
// served until this is done, so no reader meets a half-prepared database.
export async function prepareServer({ config, root, dev, embedded }: ServerOptions): Promise<void> {
  configureAuthOrigin({ publicUrl: config.publicUrl });
  if (!config.PUBLIC_URL && !config.NEXTAUTH_URL && config.TRUST_PROXY !== "true") {
    console.log(`PUBLIC_URL is not set: the login's links and redirects point to ${config.publicUrl}.`);
  }
  buildIfMissing({ root, dev });

  console.log(`Applying migrations to ${embedded ? `the embedded database in ${config.dataDir}` : "PostgreSQL"}.`);
  const { authSecret } = await prepareDatabase({ config });
  process.env.NEXTAUTH_SECRET = authSecret;
  if (!config.AUTH_SECRET && !embedded) {
    console.warn("AUTH_SECRET is not set: using one kept in DATA_DIR. Several instances need one shared AUTH_SECRET.");
  }

  await seed({ config, embedded });

  // Second factors stored in plain text by an older version are sealed before anyone logs in.
  await sealPlainTotpSecrets({ db });

  // An erasure the last run did not scrub (it may have crashed) is remembered in DATA_DIR.
  if (embedded) keepErasurePendingIn(path.join(config.dataDir, "erasure-pending"));
}

function buildIfMissing({ root, dev }: { root: string; dev: boolean }) {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (dev || fs.existsSync(path.join(root, distDir, "BUILD_ID"))) return;
  console.log("No production build found: building (this takes a few minutes the first time).");
  const next = path.join(root, "node_modules", ".bin", "next");
  const result = spawnSync(next, ["build"], { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\nnext build failed (exit ${result.status}).`);
    process.exit(1);
  }
}

async function seed({ config, embedded }: { config: Env; embedded: boolean }) {
  await seedBaseContent(db);
  await seedHouseStyle(db);
  const seedDemo = (config.SEED_DEMO_CONTENT ?? (embedded ? "true" : "false")) === "true";
  if (seedDemo) {
    const count = await seedDemoStories(db);
    if (count > 0) console.log(`Seeded ${count} demo stories.`);
  }
  const admin = await ensureAdmin({
    db,
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
    allowDemo: embedded,
  });
  if (admin.kind === "demo-created") {
    if (seedDemo) await seedDemoQueue({ colleagueId: admin.colleague.id });
    const responder = seedDemo ? await seedDemoOrganisation({ moderatorId: admin.id }) : null;
    console.log(
      `\nA demo admin was created. This login is shown once:\n  e-post:   ${admin.email}\n  lösenord: ${admin.password}\n` +
        `A second demo moderator, to try colleague review alone (prepare as one, approve as the other):\n` +
        `  e-post:   ${admin.colleague.email}\n  lösenord: ${admin.colleague.password}\n` +
        "Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own.\n",
    );
    if (responder) {
      console.log(
        `A demo responder for "${demoOrganisationName}", to answer stories from Malmö.\n` +
          `Two-factor login is already set up: add the secret to any authenticator app, then log in at ${routes.mod.login()}.\n` +
          `  e-post:     ${responder.email}\n  lösenord:   ${responder.password}\n` +
          `  TOTP-nyckel (base32): ${responder.totpSecret}\n  otpauth-adress: ${responder.totpUri}\n`,
      );
    }
  } else if (admin.kind === "none") {
    console.warn("No moderator account exists. Set ADMIN_EMAIL and ADMIN_PASSWORD to create an admin.");
  }
}
