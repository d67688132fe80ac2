import { db } from "@/lib/db";
import { TOTP_FAILURE_WINDOW_MS } from "./limit-second-factor";

// A wrong code matters only for the fifteen minutes it is counted (limit-second-factor.ts); after
// that the row, which says when a moderator's login went wrong, is deleted.
export async function purgeExpiredTotpFailures({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db.totpFailure.deleteMany({ where: { at: { lte: new Date(now.getTime() - TOTP_FAILURE_WINDOW_MS) } } });
  return count;
}
