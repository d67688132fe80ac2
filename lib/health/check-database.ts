import type { PrismaClient } from "@/lib/db";

export type CheckDatabaseOptions = { db: PrismaClient; timeoutMs?: number };

// A load balancer asks this every few seconds, so it is one trivial query. A database that
// hangs (a dropped network path, a stopped server behind a firewall) counts as down after a
// short wait rather than holding the balancer's probe open.
export async function checkDatabase({ db, timeoutMs = 2000 }: CheckDatabaseOptions): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = db.$queryRawUnsafe("SELECT 1").then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
