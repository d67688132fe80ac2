import { db } from "@/lib/db";
import { daysBefore } from "./retention-config";

// A handled message has done its work; it is erased once it has been handled for `days`. An
// unhandled one waits for a moderator, however old.
export async function eraseHandledSiteFeedback({ days, now = new Date() }: { days: number; now?: Date }): Promise<number> {
  const { count } = await db.siteFeedback.deleteMany({ where: { handledAt: { lt: daysBefore(now, days) } } });
  return count;
}
