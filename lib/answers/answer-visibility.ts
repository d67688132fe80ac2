import type { AnswerStatus, Prisma } from "@/generated/prisma/client";

// The one definition of which answers and change marks a reader may see. A fast-tracked answer is
// PUBLISHED at once (reviewedAt null until a moderator looks at it) and is public like any other.
// Readers see them only on a published story: combine with readerStoryWhere
// (lib/stories/visibility.ts) when the story is not already filtered.
export const publicAnswerWhere = { status: "PUBLISHED" } satisfies Prisma.AnswerWhereInput;

// A mark is public only on a public answer: a taken-down answer takes its marks with it.
export const publicMarkWhere = { status: "PUBLISHED", answer: publicAnswerWhere } satisfies Prisma.ChangeMarkWhereInput;

// An answer or mark in one of these waits for a moderator's decision. A publication of an answer
// takes its waiting marks with it.
export const awaitingModerationStatuses = ["PENDING", "AWAITING_REVIEW"] as const satisfies readonly AnswerStatus[];
