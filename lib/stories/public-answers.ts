import type { ChangeKind, Prisma } from "@/generated/prisma/client";
import { type PublicDate, toPublicDate } from "./public-date";

// What a reader may see of organisations' answers: a PUBLISHED answer, and its PUBLISHED change
// marks (the story itself is already restricted to published ones by the caller). Pending,
// returned, rejected and taken-down answers and marks never leave the server.
// The one statement of this rule (lib/answers/answer-visibility.ts passes it on).
export const readerAnswerWhere = { status: "PUBLISHED" } satisfies Prisma.AnswerWhereInput;
export const readerMarkWhere = { status: "PUBLISHED", answer: readerAnswerWhere } satisfies Prisma.ChangeMarkWhereInput;

// The organisation speaks, never a person: no responder, no moderator, no status or comment.
export const readerAnswerSelect = {
  id: true,
  body: true,
  publishedAt: true,
  organisation: { select: { name: true, contactEmail: true } },
  marks: {
    where: readerMarkWhere,
    select: { id: true, kind: true, description: true, markedOn: true },
    orderBy: [{ markedOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.AnswerSelect;

export const readerAnswersOfStory = {
  where: readerAnswerWhere,
  select: readerAnswerSelect,
  orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
} satisfies Prisma.Story$answersArgs;

type ReaderAnswerRow = Prisma.AnswerGetPayload<{ select: typeof readerAnswerSelect }>;

export type PublicChangeMark = { kind: ChangeKind; description: string; date: PublicDate };
export type PublicAnswer = {
  organisation: { name: string; contactEmail: string };
  body: string;
  publishedAt: PublicDate;
  marks: PublicChangeMark[];
};

// A mark's date is a calendar day already (a date column, read as UTC midnight).
const dayOf = (date: Date): PublicDate => date.toISOString().slice(0, 10);

// Copied field by field, so nothing added to the select can leak into a page or the API.
export function toPublicAnswer(row: ReaderAnswerRow): PublicAnswer {
  return {
    organisation: { name: row.organisation.name, contactEmail: row.organisation.contactEmail },
    body: row.body,
    publishedAt: toPublicDate(row.publishedAt ?? new Date(0)),
    marks: row.marks.map((mark) => ({ kind: mark.kind, description: mark.description, date: dayOf(mark.markedOn) })),
  };
}
