import path from "node:path";
import { z } from "zod";

const retentionDays = z.coerce
  .number({ error: "must be a whole number of days" })
  .int("must be a whole number of days")
  .min(1, "must be at least 1")
  .max(3650, "must be at most 3650")
  .default(30);

// Only the scheme and host (and port): the app builds every absolute address from it.
const publicUrl = z
  .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL, e.g. https://sakligt.example.se" })
  .refine((value) => !URL.canParse(value) || /^[a-z]+:\/\/[^/?#]+\/?$/i.test(value), {
    message: "must be only the scheme and host, without a path, e.g. https://sakligt.example.se",
  });

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
    // It also decides whether X-Forwarded-Host and X-Forwarded-Proto are believed: without
    // it, anyone could choose the host that sign-out forms and redirects point to.
    TRUST_PROXY: z.enum(["true", "false"]).default("false"),
    // The address people use. NEXTAUTH_URL is its older name, still accepted.
    PUBLIC_URL: publicUrl.optional(),
    NEXTAUTH_URL: publicUrl.optional(),
    // Where mail goes (lib/mail/mail-transport.ts), e.g. smtp://user:pass@mail.example.se:587.
    // Unset, each message is written as an .eml file under DATA_DIR/outbox/ instead.
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL, e.g. smtp://mail.example.se:587" }).optional(),
    // The sender of every mail; without it, no-reply at the public address's host.
    MAIL_FROM: z.string().min(3).max(320).optional(),
    // The hour (0-23, Stockholm time) at which responders' daily digests are sent.
    DIGEST_HOUR: z.coerce.number({ error: "must be a whole hour, 0-23" }).int("must be a whole hour, 0-23").min(0, "must be at least 0").max(23, "must be at most 23").default(7),
    RATE_LIMIT_STORIES_PER_HOUR: z.coerce.number().int().min(1).default(5),
    RATE_LIMIT_COMMENTS_PER_HOUR: z.coerce.number().int().min(1).default(20),
    // The author's own comments and edits from the receipt link, counted per source and per receipt.
    RATE_LIMIT_AUTHOR_COMMENTS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_AUTHOR_EDITS_PER_HOUR: z.coerce.number().int().min(1).default(20),
    RATE_LIMIT_LOGINS_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
    RATE_LIMIT_LOGINS_PER_SOURCE: z.coerce.number().int().min(1).default(30),
    // Searches from one source in a minute: far more than a person reading and refining, few
    // enough that one script cannot keep the database busy (lib/stories/run-reader-search.ts).
    RATE_LIMIT_SEARCHES_PER_MINUTE: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").default(30),
    // Reads of the public API (/api/v1) and the feeds from one source in a minute, counted when
    // the server builds the answer (lib/rate-limit/refuse-over-api-limit.ts); /api quotes the number.
    RATE_LIMIT_API_PER_MINUTE: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").default(300),
    // Searches this instance runs at once; without it, 1 on the embedded database (which runs one
    // statement at a time, so readers' pages wait behind every search) and 4 on PostgreSQL.
    SEARCH_CONCURRENCY: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(64, "must be at most 64").optional(),
    // Searches that may wait for a turn, and how long each waits before the reader is asked to
    // try again in a while (503 with Retry-After).
    SEARCH_QUEUE_LENGTH: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "must be at least 0").max(1000, "must be at most 1000").default(4),
    SEARCH_QUEUE_WAIT_MS: z.coerce.number({ error: "must be a whole number of milliseconds" }).int("must be a whole number of milliseconds").min(0, "must be at least 0").max(30_000, "must be at most 30000").default(1000),
    // How hard the proof of work is: the widget tries on average half this many hashes.
    ALTCHA_MAX_NUMBER: z.coerce.number().int().min(1000).max(10_000_000).default(50_000),
    // Retention (lib/retention): how long rejected and withdrawn stories and the original text of
    // published stories are kept, and how often the jobs run. /integritet quotes these numbers.
    RETENTION_REJECTED_DAYS: retentionDays,
    RETENTION_WITHDRAWN_DAYS: retentionDays,
    RETENTION_ORIGINAL_TEXT_DAYS: retentionDays,
    // Days after a moderator marked it handled that a message from the accessibility statement's
    // form is erased (lib/site-feedback). /integritet and /tillganglighet quote it.
    RETENTION_SITE_FEEDBACK_DAYS: retentionDays,
    RETENTION_INTERVAL_MINUTES: z.coerce
      .number({ error: "must be a whole number of minutes" })
      .int("must be a whole number of minutes")
      .min(1, "must be at least 1")
      .max(1440, "must be at most 1440 (a day)")
      .default(60),
    // Retention works in batches of this many stories with a pause between them, so it never
    // holds the database (PGlite runs one statement at a time) for long: lib/retention.
    RETENTION_BATCH_SIZE: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(1, "must be at least 1").max(10_000, "must be at most 10000").default(50),
    RETENTION_BATCH_PAUSE_MS: z.coerce.number({ error: "must be a whole number of milliseconds" }).int("must be a whole number of milliseconds").min(0, "must be at least 0").max(60_000, "must be at most 60000").default(100),
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
  })
  .refine((env) => !env.PUBLIC_URL || !env.NEXTAUTH_URL || origin(env.PUBLIC_URL) === origin(env.NEXTAUTH_URL), {
    message: "differs from NEXTAUTH_URL (its older name): set only PUBLIC_URL",
    path: ["PUBLIC_URL"],
  });

const origin = (url: string) => (URL.canParse(url) ? new URL(url).origin : url);

// publicUrl is undefined only behind a trusted proxy without a configured address: then the
// proxy's X-Forwarded-Host names it. Otherwise no request header may choose it, and an
// unconfigured app is the one `npm start` announces, on localhost.
export type Env = z.infer<typeof envSchema> & { dataDir: string; publicUrl: string | undefined };

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
  const data = result.data;
  const configured = data.PUBLIC_URL ?? data.NEXTAUTH_URL;
  const fallback = data.TRUST_PROXY === "true" ? undefined : `http://localhost:${data.PORT}`;
  return {
    ...data,
    dataDir: path.resolve(data.DATA_DIR),
    publicUrl: configured ? origin(configured) : fallback,
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
