import path from "node:path";
import { z } from "zod";

const retentionDays = z.coerce
  .number({ error: "must be a whole number of days" })
  .int("must be a whole number of days")
  .min(1, "must be at least 1")
  .max(3650, "must be at most 3650")
  .default(30);

const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
    ADMIN_EMAIL: z.email().optional(),
    ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
    SEED_DEMO_CONTENT: z.enum(["true", "false"]).optional(),
    // A moderator who does nothing for this long is logged out.
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    // Only behind a reverse proxy that sets X-Forwarded-For itself; otherwise anyone could
    // choose the address their rate limits are counted against.
    TRUST_PROXY: z.enum(["true", "false"]).default("false"),
    RATE_LIMIT_STORIES_PER_HOUR: z.coerce.number().int().min(1).default(5),
    RATE_LIMIT_COMMENTS_PER_HOUR: z.coerce.number().int().min(1).default(20),
    // The author's own comments and edits from the receipt link, counted per source and per receipt.
    RATE_LIMIT_AUTHOR_COMMENTS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_AUTHOR_EDITS_PER_HOUR: z.coerce.number().int().min(1).default(20),
    RATE_LIMIT_LOGINS_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_LOGINS_PER_SOURCE: z.coerce.number().int().min(1).default(30),
    // How hard the proof of work is: the widget tries on average half this many hashes.
    ALTCHA_MAX_NUMBER: z.coerce.number().int().min(1000).max(10_000_000).default(50_000),
    // Retention (lib/retention): how long rejected and withdrawn stories and the original text of
    // published stories are kept, and how often the jobs run. /integritet quotes these numbers.
    RETENTION_REJECTED_DAYS: retentionDays,
    RETENTION_WITHDRAWN_DAYS: retentionDays,
    RETENTION_ORIGINAL_TEXT_DAYS: retentionDays,
    RETENTION_INTERVAL_MINUTES: z.coerce
      .number({ error: "must be a whole number of minutes" })
      .int("must be a whole number of minutes")
      .min(1, "must be at least 1")
      .max(1440, "must be at most 1440 (a day)")
      .default(60),
    // The longest time erased text stays readable in the embedded database's files
    // (lib/erasure). /integritet quotes it.
    ERASURE_SCRUB_MINUTES: z.coerce
      .number({ error: "must be a whole number of minutes" })
      .int("must be a whole number of minutes")
      .min(2, "must be at least 2")
      .max(1440, "must be at most 1440 (a day)")
      .default(60),
  })
  .refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
    message: "set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither",
    path: ["ADMIN_PASSWORD"],
  });

export type Env = z.infer<typeof envSchema> & { dataDir: string };

export class EnvError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
