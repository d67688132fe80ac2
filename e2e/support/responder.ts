import fs from "node:fs";
import path from "node:path";
import { generateSecret } from "otplib";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import type { Account } from "./two-factor";

export type SeededResponder = Account & { secret: string; organisationName: string };

// The PostgreSQL database the postgres project's server runs on (scripts/e2e-postgres-server.ts).
export function e2eDatabaseUrl(): string {
  return fs.readFileSync(path.join(__dirname, "..", "..", ".e2e", "postgres", "database-url"), "utf8").trim();
}

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// An organisation answering for the given municipalities and one of its responders, with
// two-factor login set up, written straight to the postgres project's database. The seam for
// the journeys of the responder's side; the journey of an admin registering the organisation
// and inviting the responder (over SMTP) is tested where those pages are. The secret is stored
// in plain base32, which the server still opens (lib/totp/seal-totp-secret.ts).
export async function seedResponder({ municipalityCodes, organisationName }: { municipalityCodes: string[]; organisationName: string }): Promise<SeededResponder> {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const account = { name: `Svarsperson ${stamp}`, email: `svar-${stamp}@malmo.se`, password: "ett e2e-lösenord för svar" };
  const secret = generateSecret();
  const passwordHash = await hashPassword(account.password);
  await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO "Organisation" (id, name, "municipalityCodes", "emailDomains", "contactEmail", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [`e2e-org-${stamp}`, organisationName, municipalityCodes, ["malmo.se"], "socialtjansten@malmo.se"],
    );
    await client.query(
      `INSERT INTO "Moderator" (id, email, name, "passwordHash", role, "organisationId", "totpSecret", "totpEnabledAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'RESPONDER', $5, $6, now(), now())`,
      [`e2e-svar-${stamp}`, account.email, account.name, passwordHash, `e2e-org-${stamp}`, secret],
    );
  });
  return { ...account, secret, organisationName };
}
