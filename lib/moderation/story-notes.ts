import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export type StoryNoteView = { id: string; body: string; createdAt: Date; moderatorName: string | null };

// A moderator's note on a story for the colleagues who open it next: what was checked, what to
// ask, why a decision waits. Moderators only: readers' queries (lib/stories/visibility.ts), the
// API and the author's receipt select their fields one by one and never this table. The audit
// row records that a note was written, not its text; both go when the story is erased
// (lib/stories/erase-story.ts deletes the story's audit rows, and the notes cascade).
export async function addStoryNote({ storyId, moderatorId, body }: { storyId: string; moderatorId: string; body: string }): Promise<{ noteId: string }> {
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { id: true } });
    if (!story) throw new AppError("NOT_FOUND", "story not found");
    const note = await tx.storyNote.create({ data: { storyId, moderatorId, body }, select: { id: true } });
    await writeAuditLog(tx, { moderatorId, action: "story.note", targetType: "story", targetId: storyId, after: { noteId: note.id } });
    return { noteId: note.id };
  });
}

// Oldest first, as a conversation reads.
export async function listStoryNotes(storyId: string): Promise<StoryNoteView[]> {
  const rows = await db.storyNote.findMany({
    where: { storyId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, body: true, createdAt: true, moderator: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, body: row.body, createdAt: row.createdAt, moderatorName: row.moderator?.name ?? null }));
}
