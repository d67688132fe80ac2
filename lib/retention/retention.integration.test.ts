import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { editStory } from "@/lib/moderation/edit-story";
import { publishStory } from "@/lib/moderation/publish-story";
import { rejectStory } from "@/lib/moderation/reject-story";
import { sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { seedBulk } from "@/lib/seed/bulk/seed-bulk";
import { createStory } from "@/lib/stories/create-story";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { describeEachDatabase } from "@/test/db-harness";
import { rowsContaining } from "@/test/search-all-tables";
import { eraseExpiredOriginals } from "./erase-expired-originals";
import { eraseExpiredStories } from "./erase-expired-stories";
import { purgeExpiredCounters } from "./purge-expired-counters";
import { runRetention } from "./run-retention";

const day = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-06-01T12:00:00Z");
const after = (days: number) => new Date(t0.getTime() + days * day);
let n = 0;
const marker = () => `Lagring${Date.now().toString(36)}x${(n += 1)}`;

describeEachDatabase("retention", () => {
  let tagIds: string[];
  let moderatorId: string;
  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
  });

  async function sendStory() {
    const title = `Rubrik ${marker()}`;
    const body = `${sampleBody} ${marker()}`;
    const { storyId, receiptToken } = await createStory({ title, body, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    return { storyId, token: receiptToken, title, body };
  }

  it("erases rejected stories N days after the decision, and withdrawn ones N days after withdrawal", async () => {
    const rejected = await sendStory();
    await rejectStory({ storyId: rejected.storyId, moderatorId, reason: "Nej.", now: t0 });
    const withdrawn = await sendStory();
    await withdrawStory({ token: withdrawn.token, now: t0 });
    const waiting = await sendStory();

    // Different periods for the two kinds: only the rejected one is old enough on day 8.
    expect(await eraseExpiredStories({ rejectedDays: 7, withdrawnDays: 14, now: after(6.9) })).toBe(0);
    expect(await eraseExpiredStories({ rejectedDays: 7, withdrawnDays: 14, now: after(8) })).toBe(1);
    expect(await rowsContaining(rejected.title)).toEqual([]);
    expect(await db.story.count({ where: { id: withdrawn.storyId } })).toBe(1);
    expect(await eraseExpiredStories({ rejectedDays: 7, withdrawnDays: 14, now: after(15) })).toBe(1);
    expect(await rowsContaining(withdrawn.body)).toEqual([]);
    // A story waiting for review is never touched, however old.
    expect(await eraseExpiredStories({ rejectedDays: 1, withdrawnDays: 1, now: after(400) })).toBe(0);
    expect(await db.story.count({ where: { id: waiting.storyId } })).toBe(1);

    const rows = await db.auditLog.findMany({ where: { action: "story.erased_by_retention" } });
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((row) => row.targetId === null && row.moderatorId === null && row.before === null)).toBe(true);
  });

  it("erases the original text of a published story, also from its audit rows", async () => {
    const story = await sendStory();
    const editedTitle = `Redigerad ${marker()}`;
    const editedBody = `${sampleBody} redigerad ${marker()}`;
    await editStory({ storyId: story.storyId, moderatorId, title: editedTitle, body: editedBody, tagIds: [tagIds[0]] });
    await publishStory({ storyId: story.storyId, moderatorId, title: editedTitle, body: editedBody, tagIds: [tagIds[0]], reply: { body: "Tack!", templateId: null }, now: t0 });
    expect((await rowsContaining(story.body)).map((hit) => hit.table).sort()).toEqual(["AuditLog", "Story"]);

    expect(await eraseExpiredOriginals({ originalTextDays: 30, now: after(29) })).toBe(0);
    expect(await eraseExpiredOriginals({ originalTextDays: 30, now: after(31) })).toBe(1);
    // A second pass (or a second instance) finds nothing more to do.
    expect(await eraseExpiredOriginals({ originalTextDays: 30, now: after(32) })).toBe(0);

    for (const text of [story.title, story.body]) expect(await rowsContaining(text)).toEqual([]);
    const stored = await db.story.findUniqueOrThrow({ where: { id: story.storyId } });
    expect(stored).toMatchObject({ status: "PUBLISHED", title: editedTitle, body: editedBody, originalTitle: null, originalBody: null, originalErasedAt: after(31) });
    const audit = await db.auditLog.findMany({ where: { targetId: story.storyId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["story.edit", "story.publish"]);
    expect(audit[1].after).toMatchObject({ status: "PUBLISHED", reply: { body: "Tack!" } });
  });

  it("purges rate-limit rows whose window has closed and spent challenges past expiry", async () => {
    const now = after(100);
    await db.rateLimitHit.createMany({
      data: [
        { bucket: "story", key: "gammal", windowStart: new Date(now.getTime() - 25 * 60 * 60 * 1000) },
        { bucket: "story", key: "ny", windowStart: new Date(now.getTime() - 10 * 60 * 1000) },
      ],
    });
    await db.spentChallenge.createMany({
      data: [
        { signature: "utgangen", expiresAt: new Date(now.getTime() - 1000) },
        { signature: "giltig", expiresAt: new Date(now.getTime() + 60_000) },
      ],
    });
    expect(await purgeExpiredCounters({ now })).toEqual({ rateLimitHits: 1, spentChallenges: 1, moderatorSessions: 0 });
    expect((await db.rateLimitHit.findMany()).map((row) => row.key)).toEqual(["ny"]);
    expect((await db.spentChallenge.findMany()).map((row) => row.signature)).toEqual(["giltig"]);
  });

  it("runs every job in one pass, and passes running side by side erase each story once", async () => {
    const rejected = await sendStory();
    await rejectStory({ storyId: rejected.storyId, moderatorId, reason: "Nej.", now: t0 });
    const before = await db.auditLog.count({ where: { action: "story.erased_by_retention" } });
    const config = { rejectedDays: 30, withdrawnDays: 30, originalTextDays: 30, siteFeedbackDays: 30, intervalMinutes: 60, batchSize: 50, batchPauseMs: 0 };
    const results = await Promise.all([runRetention({ config, now: after(200) }), runRetention({ config, now: after(200) })]);
    expect(results.reduce((sum, result) => sum + result.storiesErased, 0)).toBe(1);
    expect(await db.auditLog.count({ where: { action: "story.erased_by_retention" } })).toBe(before + 1);
    expect(await rowsContaining(rejected.title)).toEqual([]);
  });

  it("erases more expired stories than fit in one batch, a batch at a time, until none is left", async () => {
    await seedBulk({ db, stories: 0, pending: 3, rejected: 7, withdrawn: 6, now: t0, spanDays: 10 });
    const expired = { status: { in: ["REJECTED" as const, "WITHDRAWN" as const] } };
    const waiting = await db.story.count({ where: { status: "PENDING" } });
    const total = await db.story.count({ where: expired });
    expect(total).toBeGreaterThanOrEqual(13);

    const batches: string[][] = [];
    const erased = await eraseExpiredStories({ rejectedDays: 30, withdrawnDays: 30, now: after(100), batchSize: 5, pauseMs: 1, onBatch: (ids) => batches.push(ids) });
    expect(erased).toBe(total);
    expect(batches.length).toBe(Math.ceil(total / 5));
    expect(batches.every((ids) => ids.length <= 5)).toBe(true);
    // Each story once, in one batch.
    expect(new Set(batches.flat()).size).toBe(total);
    expect(await db.story.count({ where: expired })).toBe(0);
    expect(await db.story.count({ where: { status: "PENDING" } })).toBe(waiting);
  });

  it("erases the original text of more published stories than fit in one batch", async () => {
    await seedBulk({ db, stories: 11, pending: 0, rejected: 0, withdrawn: 0, keepOriginals: true, now: t0, spanDays: 5 });
    const withOriginals = { status: "PUBLISHED" as const, originalErasedAt: null };
    const total = await db.story.count({ where: withOriginals });
    expect(total).toBeGreaterThanOrEqual(11);
    const batches: number[] = [];
    const erased = await eraseExpiredOriginals({ originalTextDays: 30, now: after(100), batchSize: 4, onBatch: (ids) => batches.push(ids.length) });
    expect(erased).toBe(total);
    // Batches of at most four stories each, looked at in order of publication.
    expect(batches.every((size) => size <= 4)).toBe(true);
    expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(total / 4));
    expect(await db.story.count({ where: { status: "PUBLISHED", OR: [{ originalBody: { not: null } }, { originalTitle: { not: null } }] } })).toBe(0);
  });

  it("stops between batches when the app stops, and the next pass finishes the work", async () => {
    await seedBulk({ db, stories: 0, pending: 0, rejected: 9, withdrawn: 0, now: t0, spanDays: 10 });
    const total = await db.story.count({ where: { status: "REJECTED" } });
    const stopping = new AbortController();
    const first = await eraseExpiredStories({ rejectedDays: 30, withdrawnDays: 30, now: after(100), batchSize: 4, signal: stopping.signal, onBatch: () => stopping.abort() });
    expect(first).toBe(4);
    expect(await db.story.count({ where: { status: "REJECTED" } })).toBe(total - 4);
    const config = { rejectedDays: 30, withdrawnDays: 30, originalTextDays: 30, siteFeedbackDays: 30, intervalMinutes: 60, batchSize: 4, batchPauseMs: 0 };
    expect((await runRetention({ config, now: after(100) })).storiesErased).toBe(total - 4);
    expect(await db.story.count({ where: { status: "REJECTED" } })).toBe(0);
  });
});
