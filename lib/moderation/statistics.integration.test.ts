import { beforeAll, beforeEach, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { createPublishedStory, filler } from "@/test/fixtures/story-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { recordDecision } from "./record-decision";
import { seedModerator, seedPendingStory, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { countQueue } from "./queue-counts";
import { getModerationStatistics } from "./statistics";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
// A Wednesday in week 47, in winter time (UTC+1 in Stockholm).
const now = new Date("2026-11-18T12:34:00Z");
const thisHour = new Date("2026-11-18T12:00:00Z");
const hoursAgo = (hours: number) => new Date(thisHour.getTime() - hours * HOUR_MS);

type Row = { decidedHour: Date; minutesToDecision: number; withinWorkingDay?: boolean; kind?: "PUBLISH" | "REJECT" };
function insert(rows: Row[]) {
  return db.decisionRecord.createMany({
    data: rows.map((row) => ({ ...row, kind: row.kind ?? "PUBLISH", withinWorkingDay: row.withinWorkingDay ?? true })),
  });
}

describeEachDatabase("moderation statistics", () => {
  let tagIds: string[];
  let moderatorId: string;
  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
  });
  beforeEach(async () => {
    await db.decisionRecord.deleteMany();
  });

  it("gives the median, the share within a working day and the kinds of the last 30 days, and leaves older ones out", async () => {
    await insert([
      { decidedHour: hoursAgo(0), minutesToDecision: 30 },
      { decidedHour: hoursAgo(5), minutesToDecision: 90, kind: "REJECT" },
      { decidedHour: hoursAgo(24 * 10), minutesToDecision: 200 },
      // Exactly 30 days before this hour: still in.
      { decidedHour: hoursAgo(24 * 30), minutesToDecision: 1_000, withinWorkingDay: false },
      // One hour more, 31 days, and a year back: out.
      { decidedHour: hoursAgo(24 * 30 + 1), minutesToDecision: 50_000, withinWorkingDay: false },
      { decidedHour: hoursAgo(24 * 31), minutesToDecision: 60_000, withinWorkingDay: false },
      { decidedHour: hoursAgo(24 * 365), minutesToDecision: 70_000, withinWorkingDay: false },
      // After `now` (a clock moved back): not counted either.
      { decidedHour: hoursAgo(-1), minutesToDecision: 80_000 },
    ]);
    const { recent } = await getModerationStatistics({ now });
    expect(recent).toEqual({
      decisions: 4,
      published: 3,
      rejected: 1,
      withinWorkingDay: 3,
      // The middle two of 30, 90, 200, 1000.
      medianMinutes: 145,
      since: new Date(thisHour.getTime() - 30 * DAY_MS),
    });
  });

  it("takes the middle value of an odd count, and has no median without decisions", async () => {
    expect((await getModerationStatistics({ now })).recent).toMatchObject({ decisions: 0, withinWorkingDay: 0, medianMinutes: null });
    await insert([10, 600, 20].map((minutes, index) => ({ decidedHour: hoursAgo(index * 24), minutesToDecision: minutes })));
    expect((await getModerationStatistics({ now })).recent).toMatchObject({ decisions: 3, medianMinutes: 20 });
  });

  it("counts what recordDecision writes, rounded to the hour, with working days from the Swedish calendar", async () => {
    await db.$transaction(async (tx) => {
      // Monday 09:00 to 12:20 in Stockholm: 200 minutes, within the day.
      await recordDecision(tx, { kind: "PUBLISH", submittedAt: new Date("2026-11-16T08:00:00Z"), decidedAt: new Date("2026-11-16T11:20:00Z") });
      // Friday 10:00 to Tuesday 11:00: the weekend does not count, but Friday and Monday make 38 hours.
      await recordDecision(tx, { kind: "REJECT", submittedAt: new Date("2026-11-13T09:00:00Z"), decidedAt: new Date("2026-11-17T10:00:00Z") });
      // Forty days ago: out of the window.
      await recordDecision(tx, { kind: "PUBLISH", submittedAt: new Date(now.getTime() - 41 * DAY_MS), decidedAt: new Date(now.getTime() - 40 * DAY_MS) });
    });
    const rows = await db.decisionRecord.findMany({ orderBy: { decidedHour: "desc" }, select: { decidedHour: true, minutesToDecision: true, withinWorkingDay: true } });
    expect(rows.slice(0, 2)).toEqual([
      { decidedHour: new Date("2026-11-17T10:00:00Z"), minutesToDecision: 5_820, withinWorkingDay: false },
      { decidedHour: new Date("2026-11-16T11:00:00Z"), minutesToDecision: 200, withinWorkingDay: true },
    ]);
    const { recent } = await getModerationStatistics({ now });
    expect(recent).toMatchObject({ decisions: 2, published: 1, rejected: 1, withinWorkingDay: 1, medianMinutes: 3_010 });
  });

  it("groups the last twelve weeks by Monday in Stockholm, empty weeks included", async () => {
    await insert([
      // Sunday 23:00 in Stockholm (winter time) is week 46; Monday 00:00 is week 47.
      { decidedHour: new Date("2026-11-15T22:00:00Z"), minutesToDecision: 45 },
      { decidedHour: new Date("2026-11-15T23:00:00Z"), minutesToDecision: 60 },
      { decidedHour: new Date("2026-11-18T12:00:00Z"), minutesToDecision: 120, withinWorkingDay: false },
      // The same edge in summer time (UTC+2): Sunday 23:00 is week 36, Monday 00:00 week 37.
      { decidedHour: new Date("2026-09-06T21:00:00Z"), minutesToDecision: 5 },
      { decidedHour: new Date("2026-09-06T22:00:00Z"), minutesToDecision: 7 },
      // Before the first of the twelve weeks.
      { decidedHour: new Date("2026-08-30T12:00:00Z"), minutesToDecision: 9_999 },
    ]);
    const { weeks } = await getModerationStatistics({ now });
    expect(weeks).toHaveLength(12);
    expect(weeks.map((week) => week.isoWeek)).toEqual([36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47]);
    expect(weeks[0]).toEqual({ weekStart: "2026-08-31", isoWeek: 36, decisions: 1, published: 1, rejected: 0, withinWorkingDay: 1, medianMinutes: 5 });
    expect(weeks[1]).toMatchObject({ weekStart: "2026-09-07", decisions: 1, medianMinutes: 7 });
    expect(weeks[2]).toMatchObject({ weekStart: "2026-09-14", decisions: 0, withinWorkingDay: 0, medianMinutes: null });
    expect(weeks[10]).toMatchObject({ weekStart: "2026-11-09", decisions: 1, medianMinutes: 45 });
    expect(weeks[11]).toMatchObject({ weekStart: "2026-11-16", decisions: 2, withinWorkingDay: 1, medianMinutes: 90 });
    expect(weeks.reduce((sum, week) => sum + week.decisions, 0)).toBe(5);
  });

  it("counts the backlog by state: new stories, stories waiting for a colleague, pending comments", async () => {
    const before = (await getModerationStatistics({ now })).backlog;
    const [, second] = [await seedPendingStory({ tagIds: [tagIds[0]] }), await seedPendingStory({ tagIds: [tagIds[1]] }), await seedPendingStory({ tagIds: [tagIds[0]] })];
    // The colleague-review flow moves a story there; only the count matters here.
    await db.story.update({ where: { id: second }, data: { status: "AWAITING_REVIEW" } });
    const { storyId } = await createPublishedStory({ moderatorId, title: "Med en kommentar", body: filler.repeat(3), tagIds: [tagIds[0]] });
    await createComment({ storyId, body: "Tack för att du delade med dig av det här." });
    const after = (await getModerationStatistics({ now })).backlog;
    expect(after).toEqual({ pending: before.pending + 2, awaitingColleague: before.awaitingColleague + 1, comments: before.comments + 1 });
    // The same count as the menu's and the queue's.
    const counts = await countQueue(now);
    expect(after).toEqual({ pending: counts.pending, awaitingColleague: counts.awaitingColleague, comments: counts.comments });
  });

  it("keeps no column in DecisionRecord that could lead back to a story or a person", async () => {
    const columns = await db.$queryRaw<{ column_name: string }[]>`
      SELECT column_name::text AS column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'DecisionRecord' ORDER BY column_name`;
    expect(columns.map((column) => column.column_name)).toEqual(["decidedHour", "id", "kind", "minutesToDecision", "withinWorkingDay"]);
    const foreignKeys = await db.$queryRaw<{ constraint_name: string }[]>`
      SELECT constraint_name::text AS constraint_name FROM information_schema.table_constraints
      WHERE table_schema = current_schema() AND table_name = 'DecisionRecord' AND constraint_type = 'FOREIGN KEY'`;
    expect(foreignKeys).toEqual([]);
  });
});
