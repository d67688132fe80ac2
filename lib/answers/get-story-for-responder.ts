import { db } from "@/lib/db";
import type { PublicDate } from "@/lib/stories/public-date";
import { type PublicReply, type PublicStory, toPublicReply, toPublicStory } from "@/lib/stories/to-public-story";
import { readerReplySelect, readerReplyWhere, readerStorySelect } from "@/lib/stories/visibility";
import type { AnswerStatus, ChangeKind } from "@/generated/prisma/client";
import { type AnsweringOrganisation, answerableStoryWhere } from "./answering-organisation";

export type OwnChangeMark = {
  id: string;
  kind: ChangeKind;
  description: string;
  markedOn: PublicDate;
  status: AnswerStatus;
  version: number;
  moderatorComment: string | null;
};

// The organisation's own answer as its responders see it: its text, where it stands, and the
// moderator's comment when one was sent back. Never who at the organisation wrote it, nor who
// moderated it.
export type OwnAnswer = {
  id: string;
  body: string;
  status: AnswerStatus;
  version: number;
  moderatorComment: string | null;
  submittedAt: Date;
  publishedAt: Date | null;
  // Published on the fast track and not yet looked at by a moderator.
  awaitingReviewAfter: boolean;
  marks: OwnChangeMark[];
};

export type StoryForResponder = { story: PublicStory; replies: PublicReply[]; answer: OwnAnswer | null };

// A story as a responder may read it: exactly what a reader sees of it (readerStorySelect and
// the published replies), and only when it is published and in one of the organisation's
// municipalities; anything else is null, so a pending story or one elsewhere looks like none.
// Original texts, notes, safety flags, the receipt and anything pending stay on the server.
export async function getStoryForResponder(organisation: Pick<AnsweringOrganisation, "id" | "municipalityCodes">, storyId: string): Promise<StoryForResponder | null> {
  const row = await db.story.findFirst({
    where: answerableStoryWhere(organisation, storyId),
    select: {
      ...readerStorySelect,
      replies: { where: readerReplyWhere, select: readerReplySelect, orderBy: { publishedAt: "asc" } },
    },
  });
  if (!row) return null;
  // The organisation's own answer in whatever state it is: read apart from the story, whose
  // `answers` are the public ones every reader sees.
  const own = await db.answer.findUnique({
    where: { storyId_organisationId: { storyId: row.id, organisationId: organisation.id } },
    select: {
      id: true,
      body: true,
      status: true,
      version: true,
      moderatorComment: true,
      submittedAt: true,
      publishedAt: true,
      reviewedAt: true,
      marks: {
        select: { id: true, kind: true, description: true, markedOn: true, status: true, version: true, moderatorComment: true },
        orderBy: [{ markedOn: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  return {
    story: toPublicStory(row),
    replies: row.replies.map(toPublicReply),
    answer: own
      ? {
          id: own.id,
          body: own.body,
          status: own.status,
          version: own.version,
          moderatorComment: own.moderatorComment,
          submittedAt: own.submittedAt,
          publishedAt: own.publishedAt,
          awaitingReviewAfter: own.status === "PUBLISHED" && own.reviewedAt === null,
          marks: own.marks.map((mark) => ({
            id: mark.id,
            kind: mark.kind,
            description: mark.description,
            // A calendar day stored at UTC midnight: its ISO date is the day.
            markedOn: mark.markedOn.toISOString().slice(0, 10),
            status: mark.status,
            version: mark.version,
            moderatorComment: mark.moderatorComment,
          })),
        }
      : null,
  };
}
