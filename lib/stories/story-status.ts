import type { Prisma, StoryStatus } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

// The one place that says what a story's status allows: which status may follow which, when the
// text may change, and the `where` clauses that guard each change in the database. Moderation,
// the author's receipt pages, safety flags and retention all ask here; none restates a rule.
//
// Moderators decide once: a pending story is published or rejected, and the decision is final.
// With colleague review in force (lib/settings/colleague-review.ts) one moderator prepares the
// decision (AWAITING_REVIEW, "väntar på kollega") and another approves it, which publishes or
// rejects, or sends it back to PENDING with a comment. Only the author can take a story back
// (WITHDRAWN), before or after publication.
const transitions: Record<StoryStatus, readonly StoryStatus[]> = {
  PENDING: ["AWAITING_REVIEW", "PUBLISHED", "REJECTED", "WITHDRAWN"],
  AWAITING_REVIEW: ["PUBLISHED", "REJECTED", "PENDING", "WITHDRAWN"],
  PUBLISHED: ["WITHDRAWN"],
  REJECTED: [],
  WITHDRAWN: [],
};

export const storyStatuses = Object.keys(transitions) as StoryStatus[];

export function canTransitionStory(from: StoryStatus, to: StoryStatus): boolean {
  return transitions[from].includes(to);
}

export function assertStoryTransition(from: StoryStatus, to: StoryStatus): void {
  if (!canTransitionStory(from, to)) throw new AppError("INVALID_STATE", `story cannot go from ${from} to ${to}`);
}

// The text, the themes and the safety flags change only while the story waits for a decision,
// whoever changes them (a moderator's edit, the author's edit, a cleared flag). After the
// decision the story is what was decided on, and while a colleague reviews a prepared decision
// the text is what they are approving: it changes only after they send it back.
const editableStatus = "PENDING" satisfies StoryStatus;

export function isStoryEditable(status: StoryStatus): boolean {
  return status === editableStatus;
}

export function assertStoryEditable(status: StoryStatus): void {
  if (!isStoryEditable(status)) throw new AppError("INVALID_STATE", `story in ${status} cannot be edited`);
}

// The moderators' queue lists the stories no decision has been made on: new ones and prepared
// ones waiting for a colleague. A new story starts as PENDING (createStory;
// test/guard/public-writes-invalidate.test.ts checks it creates nothing else).
export const queueStatuses = ["PENDING", "AWAITING_REVIEW"] as const satisfies readonly StoryStatus[];
export const awaitingDecisionWhere = { status: { in: [...queueStatuses] } } satisfies Prisma.StoryWhereInput;

// No decision is final yet: the author still sees "väntar på granskning", and the review page
// shows the edit form (PENDING) or the colleague's approval (AWAITING_REVIEW).
export function isAwaitingDecision(status: StoryStatus): boolean {
  return canTransitionStory(status, "PUBLISHED") && canTransitionStory(status, "REJECTED");
}

// A prepared decision waits for a colleague.
export const awaitingReviewStatus = "AWAITING_REVIEW" as const satisfies StoryStatus;

export function isAwaitingColleague(status: StoryStatus): boolean {
  return status === awaitingReviewStatus;
}

// The guards for the database. Every change is an updateMany on one of these, so a change made
// meanwhile by someone else (two moderators deciding at once, an author editing as a moderator
// publishes) finds no row, and the caller answers INVALID_STATE instead of overwriting it.
export function whereEditable(id: string, version?: number) {
  return { id, status: editableStatus, ...(version === undefined ? {} : { version }) } satisfies Prisma.StoryWhereInput;
}

// A prepared decision is approved or sent back only while it still waits for a colleague, at the
// version the colleague's page showed: a send-back or a withdrawal meanwhile finds no row.
export function whereAwaitingColleague(id: string, version: number) {
  return { id, status: awaitingReviewStatus, version } satisfies Prisma.StoryWhereInput;
}

// Every change to a story's text, themes or status raises its version.
export const nextVersion = { version: { increment: 1 } } satisfies Prisma.StoryUpdateManyMutationInput;

// A save that says which version it started from is refused when the story has moved on since:
// a colleague (or the author) changed it, and writing now would throw their change away.
export function assertCurrentVersion(current: number, startedFrom: number | undefined): void {
  if (startedFrom !== undefined && current !== startedFrom) throw new AppError("STALE_VERSION", `story is at version ${current}, not ${startedFrom}`);
}

export function whereStillIn(id: string, status: StoryStatus) {
  return { id, status } satisfies Prisma.StoryWhereInput;
}

// The result of such an update: exactly one row, or the story changed under us.
export function assertGuardedUpdate(updated: { count: number }, what = "story changed meanwhile"): void {
  if (updated.count !== 1) throw new AppError("INVALID_STATE", what);
}
