import type { Prisma } from "@/generated/prisma/client";
import { readerAnswersOfStory } from "@/lib/stories/public-answers";
import { tagNameSelect } from "@/lib/tags/localized-tag";

// The one definition of what a reader may see. Pages, the API and tests all use these.
export const readerStoryWhere = { status: "PUBLISHED" } satisfies Prisma.StoryWhereInput;
export const readerReplyWhere = { publishedAt: { not: null } } satisfies Prisma.ReplyWhereInput;
export const readerCommentWhere = { status: "APPROVED" } satisfies Prisma.CommentWhereInput;

// Only these fields ever leave the server for readers: no receipt hash, no original text,
// no rejection reason, no moderator identity.
export const readerStorySelect = {
  id: true,
  title: true,
  body: true,
  authorRole: true,
  municipalityCode: true,
  publishedAt: true,
  language: true,
  // Every language's name: readers see the one of their page (lib/tags/localized-tag.ts).
  tags: { select: { tag: { select: { slug: true, ...tagNameSelect } } } },
  // The organisations' public answers and change marks (lib/stories/public-answers.ts).
  answers: readerAnswersOfStory,
} satisfies Prisma.StorySelect;

// amendedAt: readers see "Uppdaterat <datum>" beside a reply a moderator corrected after publication.
export const readerReplySelect = { id: true, body: true, publishedAt: true, amendedAt: true } satisfies Prisma.ReplySelect;
// byStoryAuthor lets readers see which comments the narrator wrote ("Berättaren"); it says
// nothing about who the narrator is.
export const readerCommentSelect = { id: true, body: true, createdAt: true, byStoryAuthor: true } satisfies Prisma.CommentSelect;

export function isVisibleToReader(story: { status: string }): boolean {
  return story.status === readerStoryWhere.status;
}
