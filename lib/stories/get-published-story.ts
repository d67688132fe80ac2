import { db } from "@/lib/db";
import { isPublicId } from "@/lib/ids/public-id";
import type { Locale } from "@/lib/locales";
import { type PublicStoryWithThread, toPublicComment, toPublicReply, toPublicStory } from "./to-public-story";
import {
  readerCommentSelect,
  readerCommentWhere,
  readerReplySelect,
  readerReplyWhere,
  readerStorySelect,
  readerStoryWhere,
} from "./visibility";

// Returns null for every story a reader may not see, whatever the reason (pending, rejected,
// withdrawn, unknown, malformed), so callers answer all of them the same way and ids
// cannot be probed.
// `locale` is the reader's page language, for the themes' names.
export async function getPublishedStory({ id, locale }: { id: string; locale?: Locale }): Promise<PublicStoryWithThread | null> {
  if (!isPublicId(id)) return null;
  const row = await db.story.findFirst({
    where: { ...readerStoryWhere, id },
    select: {
      ...readerStorySelect,
      replies: { where: readerReplyWhere, select: readerReplySelect, orderBy: [{ publishedAt: "asc" }, { id: "asc" }] },
      comments: {
        where: readerCommentWhere,
        select: readerCommentSelect,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!row) return null;
  return {
    ...toPublicStory(row, locale),
    replies: row.replies.map(toPublicReply),
    comments: row.comments.map(toPublicComment),
  };
}
