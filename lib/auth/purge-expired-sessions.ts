import { db } from "@/lib/db";

// A session row past the absolute limit can open nothing; the retention job removes it.
export async function purgeExpiredSessions({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db.moderatorSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
