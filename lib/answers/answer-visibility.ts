import type { AnswerStatus } from "@/generated/prisma/client";

// Which answers and change marks a reader may see is defined once, beside the story's public
// shape (lib/stories/public-answers.ts), which the reader's story reads select with. A
// fast-tracked answer is PUBLISHED at once (reviewedAt null until a moderator looks at it) and
// is public like any other; a mark is public only on a public answer.
export { readerAnswerWhere as publicAnswerWhere, readerMarkWhere as publicMarkWhere } from "@/lib/stories/public-answers";

// An answer or mark in one of these waits for a moderator's decision. A publication of an answer
// takes its waiting marks with it.
export const awaitingModerationStatuses = ["PENDING", "AWAITING_REVIEW"] as const satisfies readonly AnswerStatus[];
