import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { redactForStorage } from "@/lib/privacy/redact-for-storage";
import { findStoryByReceipt } from "@/lib/stories/find-story-by-receipt";
import { isVisibleToReader } from "@/lib/stories/visibility";
import { newCommentData } from "./comment-status";

// The story's author answers readers from the receipt page. The comment is moderated like any
// other and shown as the narrator's once approved; it is erased with the story.
// Takes a body already parsed by commentSchema.
export async function createAuthorComment({ token, body }: { token: string; body: string }): Promise<{ commentId: string }> {
  return db.$transaction(async (tx) => {
    const story = await findStoryByReceipt(tx, token);
    if (!isVisibleToReader(story)) throw new AppError("INVALID_STATE", "only a published story takes comments");
    const comment = await tx.comment.create({
      // Identity numbers, e-mail and phone numbers are replaced before storage, as in every comment.
      data: { storyId: story.id, body: redactForStorage(body).text, ...newCommentData, byStoryAuthor: true },
      select: { id: true },
    });
    return { commentId: comment.id };
  });
}
