import { db } from "@/lib/db";
import { tagNameSelect } from "@/lib/tags/localized-tag";
import { hashReceiptToken, isWellFormedReceiptToken } from "./receipt-token";
import { readerAnswersOfStory } from "@/lib/stories/public-answers";
import { readerReplySelect, readerReplyWhere } from "./visibility";

// What the author sees through their private link: their story as it is stored now (after any
// moderator edits, so once published it is exactly what readers see, tags and municipality
// included), its status, the reason if it was not published, the published replies and the
// organisations' published answers.
// Never the receipt hash, the original text or who moderated it.
const receiptStorySelect = {
  id: true,
  status: true,
  title: true,
  body: true,
  rejectionReason: true,
  createdAt: true,
  publishedAt: true,
  urgent: true,
  safetyFlags: true,
  withdrawnAt: true,
  authorEditedAt: true,
  municipalityCode: true,
  language: true,
  tags: { select: { tag: { select: { slug: true, ...tagNameSelect } } } },
  replies: { where: readerReplyWhere, select: readerReplySelect, orderBy: { publishedAt: "asc" } },
  // Organisations' public answers and marks, exactly as readers see them (shown only once the
  // story is published: an answer to a withdrawn story is not the author's to read here either).
  answers: readerAnswersOfStory,
} as const;

export async function getStoryByReceipt({ token }: { token: string }) {
  // A token that cannot be one of ours is answered without asking the database.
  if (!isWellFormedReceiptToken(token)) return null;
  return db.story.findUnique({
    where: { receiptTokenHash: hashReceiptToken(token) },
    select: receiptStorySelect,
  });
}

export type ReceiptStory = NonNullable<Awaited<ReturnType<typeof getStoryByReceipt>>>;
