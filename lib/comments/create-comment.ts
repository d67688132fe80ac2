import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isPublicId } from "@/lib/ids/public-id";
import { redactForStorage } from "@/lib/privacy/redact-for-storage";
import { readerStoryWhere } from "@/lib/stories/visibility";
import { newCommentData } from "./comment-status";

// Takes a body already parsed by commentSchema. Comments are allowed only where readers can see
// the story; an unpublished or unknown story looks the same to the caller (NOT_FOUND), so the
// form cannot be used to probe which ids exist.
export async function createComment({ storyId, body }: { storyId: string; body: string }): Promise<{ commentId: string }> {
  if (!isPublicId(storyId)) throw new AppError("NOT_FOUND", "not a story id");
  return db.$transaction(async (tx) => {
    const story = await tx.story.findFirst({ where: { id: storyId, ...readerStoryWhere }, select: { id: true } });
    if (!story) throw new AppError("NOT_FOUND", "story not visible to readers");
    const comment = await tx.comment.create({
      data: { storyId: story.id, body: redactForStorage(body).text, ...newCommentData },
      select: { id: true },
    });
    return { commentId: comment.id };
  });
}
