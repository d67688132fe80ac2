import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assessSafety } from "./assess-safety";

// A story flagged as a threat against staff is never published as it stands: the text about to
// be published is read again, so the moderator's edit is what counts. A moderator who judges
// the flag a false alarm clears it first, and that is audited.
export async function assertNoStaffThreat(tx: Tx, { storyId, title, body }: { storyId: string; title: string; body: string }) {
  const story = await tx.story.findUnique({ where: { id: storyId }, select: { safetyFlags: true } });
  if (!story?.safetyFlags.includes("STAFF_THREAT")) return;
  if (assessSafety({ title, body }).flags.includes("STAFF_THREAT")) {
    throw new AppError("STAFF_THREAT", "the text still threatens a member of staff");
  }
}
