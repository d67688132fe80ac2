import { db } from "@/lib/db";
import { type PublicStoryWithThread, toPublicComment, toPublicReply, toPublicStory } from "./to-public-story";
import {
  readerCommentSelect,
  readerCommentWhere,
  readerReplySelect,
  readerReplyWhere,
  readerStorySelect,
  readerStoryWhere,
} from "./visibility";

// Ids are cuids; anything else cannot name a story, so it is not worth a query.
const plausibleId = /^[a-z0-9]{1,64}$/i;

// Returns null for every story a reader may not see, whatever the reason (pending, rejected,
// withdrawn, unknown, malformed), so callers answer all of them the same way and ids
// cannot be probed.
export async function getPublishedStory({ id }: { id: string }): Promise<PublicStoryWithThread | null> {
  if (!plausibleId.test(id)) return null;
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
    ...toPublicStory(row),
    replies: row.replies.map(toPublicReply),
    comments: row.comments.map(toPublicComment),
  };
}
