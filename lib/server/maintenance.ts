import { scheduleMail } from "@/lib/alerts/schedule-mail";
import { createBackup } from "@/lib/backup/create-backup";
import { serveBackupSocket } from "@/lib/backup/serve-backup-socket";
import { currentDbHandle } from "@/lib/db";
import type { Env } from "@/lib/env";
import { scheduleScrub } from "@/lib/erasure/schedule-scrub";
import { scrubErasedText } from "@/lib/erasure/scrub-erased-text";
import { mailTransportFromEnv } from "@/lib/mail/mail-transport";
import { retentionConfig } from "@/lib/retention/retention-config";
import { runRetention } from "@/lib/retention/run-retention";
import { scheduleRetention } from "@/lib/retention/schedule-retention";

// Maintenance starts once readers can be served, and works in short batches beside them
// (lib/retention/in-batches.ts); the scrub runs only when an erasure is waiting. The returned
// function stops all of it and waits for a batch under way.
export async function startMaintenance({ config, embedded }: { config: Env; embedded: boolean }): Promise<() => Promise<void>> {
  const retention = retentionConfig(config);
  const stopRetention = scheduleRetention({
    intervalMinutes: retention.intervalMinutes,
    run: (signal) => runRetention({ config: retention, signal }),
  });
  const stopScrub = scheduleScrub({
    boundMinutes: config.ERASURE_SCRUB_MINUTES,
    run: () => scrubErasedText({ dataDir: embedded ? config.dataDir : undefined }),
  });
  // Mail is sent here, never on a request: publishing only queues it (lib/alerts).
  const stopMail = scheduleMail({ transport: mailTransportFromEnv(config), digestHour: config.DIGEST_HOUR });
  const closeBackupSocket = embedded ? await openBackupSocket(config.dataDir) : undefined;
  return async () => {
    await stopRetention();
    await stopScrub();
    await stopMail();
    await closeBackupSocket?.();
  };
}

// `npm run backup` asks this process, the database's only opener, for the backup (lib/backup).
async function openBackupSocket(dataDir: string) {
  const pglite = currentDbHandle().pglite;
  if (!pglite) return undefined;
  return serveBackupSocket({ dataDir, backup: () => createBackup({ pglite, dataDir }) }).catch((error: unknown) => {
    console.warn(`npm run backup is unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
}
