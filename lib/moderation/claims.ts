import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { isStoryEditable, whereEditable } from "@/lib/stories/story-status";

// Claims: opening a pending story for editing claims it for SiteSetting.claimMinutes
// (30), so a colleague sees in the queue and on the review page that someone is working on it.
// While the claim lasts, only its holder can change the story (save, send, decide, or clear a
// safety flag: every such change starts from loadPendingForModerator in apply-story-edit.ts); a
// colleague can take it over explicitly, and that is audited. An internal note is not a change
// to the story and is not blocked. A claim runs out by itself: nobody has to
// remember to let go of a story when a shift ends. Claims are not content, so they do not
// raise the story's version.

export type ClaimHolder = { storyId: string; moderatorId: string; moderatorName: string; until: Date; mine: boolean };

type Claimable = { claimedById: string | null; claimedUntil: Date | null };

export function isLiveClaim(story: Claimable, now: Date): boolean {
  return story.claimedById !== null && story.claimedUntil !== null && story.claimedUntil > now;
}

export function isClaimedByOther(story: Claimable, moderatorId: string, now: Date): boolean {
  return isLiveClaim(story, now) && story.claimedById !== moderatorId;
}

// Every change a moderator makes to a pending story asks this first, in its transaction.
export function assertNotClaimedByOther(story: Claimable, moderatorId: string, now: Date): void {
  if (isClaimedByOther(story, moderatorId, now)) throw new AppError("CLAIMED", "a colleague is working on the story");
}

async function claimUntil(tx: Tx, now: Date): Promise<Date> {
  const { claimMinutes } = await getSiteSettings(tx);
  return new Date(now.getTime() + claimMinutes * 60_000);
}

// The update that makes (or renews) the moderator's claim, when nobody else holds a live one.
export async function renewClaim(tx: Tx, { storyId, moderatorId, now }: { storyId: string; moderatorId: string; now: Date }): Promise<boolean> {
  const updated = await tx.story.updateMany({
    where: { ...whereEditable(storyId), OR: [{ claimedById: null }, { claimedUntil: null }, { claimedUntil: { lte: now } }, { claimedById: moderatorId }] },
    data: { claimedById: moderatorId, claimedUntil: await claimUntil(tx, now) },
  });
  return updated.count === 1;
}

// What a decision writes: nobody works on a decided (or prepared) story.
export const releasedClaim = { claimedById: null, claimedUntil: null } as const;

async function currentHolder(tx: Tx, storyId: string, moderatorId: string, now: Date): Promise<ClaimHolder | null> {
  const story = await tx.story.findUnique({
    where: { id: storyId },
    select: { claimedById: true, claimedUntil: true, claimedBy: { select: { name: true } } },
  });
  if (!story || !isLiveClaim(story, now) || !story.claimedBy) return null;
  return { storyId, moderatorId: story.claimedById!, moderatorName: story.claimedBy.name, until: story.claimedUntil!, mine: story.claimedById === moderatorId };
}

// The review page's form claims the story when it opens. A colleague's live claim is left as
// it is, and the answer says whose it is, so the page can offer to take it over.
export async function claimStory({ storyId, moderatorId, now = new Date() }: { storyId: string; moderatorId: string; now?: Date }): Promise<ClaimHolder | null> {
  return db.$transaction(async (tx) => {
    await renewClaim(tx, { storyId, moderatorId, now });
    return currentHolder(tx, storyId, moderatorId, now);
  });
}

// Taking over a colleague's claim is a deliberate act, logged with whose claim it was.
export async function takeOverStory({ storyId, moderatorId, now = new Date() }: { storyId: string; moderatorId: string; now?: Date }): Promise<ClaimHolder> {
  return db.$transaction(async (tx) => {
    const story = await tx.story.findUnique({ where: { id: storyId }, select: { status: true, claimedById: true, claimedUntil: true } });
    if (!story) throw new AppError("NOT_FOUND", "story not found");
    if (!isStoryEditable(story.status)) throw new AppError("INVALID_STATE", "only a pending story can be claimed");
    const previous = isLiveClaim(story, now) ? story.claimedById : null;
    const until = await claimUntil(tx, now);
    await tx.story.updateMany({ where: whereEditable(storyId), data: { claimedById: moderatorId, claimedUntil: until } });
    if (previous && previous !== moderatorId) {
      await writeAuditLog(tx, {
        moderatorId,
        action: "story.claim_takeover",
        targetType: "story",
        targetId: storyId,
        before: { claimedById: previous },
        after: { claimedById: moderatorId },
      });
    }
    return (await currentHolder(tx, storyId, moderatorId, now))!;
  });
}
