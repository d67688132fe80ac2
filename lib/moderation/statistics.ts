import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sqlTimestamp } from "@/lib/rate-limit/hit-rate-limit";
import { countQueue } from "./queue-counts";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const statisticsWindowDays = 30;
export const statisticsWeeks = 12;

export type DecisionSummary = { decisions: number; published: number; rejected: number; withinWorkingDay: number; medianMinutes: number | null };
// A week from Monday in Stockholm: its ISO week number and its decisions.
export type WeekSummary = DecisionSummary & { weekStart: string; isoWeek: number };

export type ModerationStatistics = {
  // What waits now: new stories, prepared decisions waiting for a colleague, comments.
  backlog: { pending: number; awaitingColleague: number; comments: number };
  // Decisions of the last 30 days (counted in whole hours, as DecisionRecord keeps them).
  recent: DecisionSummary & { since: Date };
  // The last twelve weeks, oldest first, the current week last; weeks without a decision too.
  weeks: WeekSummary[];
};

type Row = { decisions: number; published: number; withinWorkingDay: number; medianMinutes: number | null };

// The same aggregate for the 30 days and for each week. percentile_cont interpolates: the median
// of 60 and 120 minutes is 90. The DecisionRecord table has no story and no moderator, so
// nothing here can be counted per person.
const aggregates = Prisma.sql`
  count(*)::int AS "decisions",
  (count(*) FILTER (WHERE "kind" = 'PUBLISH'))::int AS "published",
  (count(*) FILTER (WHERE "withinWorkingDay"))::int AS "withinWorkingDay",
  percentile_cont(0.5) WITHIN GROUP (ORDER BY "minutesToDecision") AS "medianMinutes"`;

function summary(row: Row | undefined): DecisionSummary {
  const decisions = Number(row?.decisions ?? 0);
  const published = Number(row?.published ?? 0);
  const median = row?.medianMinutes;
  return {
    decisions,
    published,
    rejected: decisions - published,
    withinWorkingDay: Number(row?.withinWorkingDay ?? 0),
    medianMinutes: decisions > 0 && median !== null && median !== undefined ? Number(median) : null,
  };
}

const stockholmDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

const isoDate = (utcMidnight: number) => new Date(utcMidnight).toISOString().slice(0, 10);

// ISO 8601: week 1 holds the year's first Thursday, so a week belongs to the year of its Thursday.
export function isoWeekNumber(monday: string): number {
  const thursday = Date.parse(`${monday}T00:00:00Z`) + 3 * DAY_MS;
  const newYear = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return Math.floor((thursday - newYear) / DAY_MS / 7) + 1;
}

// The Mondays (as Stockholm calendar dates) of the last `count` weeks, oldest first.
export function weekStarts(now: Date, count = statisticsWeeks): string[] {
  const today = Date.parse(`${stockholmDay.format(now)}T00:00:00Z`);
  const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY_MS;
  return Array.from({ length: count }, (_, index) => isoDate(monday - (count - 1 - index) * 7 * DAY_MS));
}

// The numbers on /mod/statistik, for the whole team.
export async function getModerationStatistics({ now = new Date() }: { now?: Date } = {}): Promise<ModerationStatistics> {
  // DecisionRecord keeps the hour of a decision, rounded down, so the window is counted in
  // whole hours: from this hour 30 days ago up to and including this hour.
  const thisHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const since = new Date(thisHour - statisticsWindowDays * DAY_MS);
  const until = sqlTimestamp(new Date(thisHour + HOUR_MS));
  const starts = weekStarts(now);
  // A day before the first Monday's UTC midnight is surely before its Stockholm midnight; the
  // exact bound is the week's own start in Stockholm time, compared below.
  const roughStart = sqlTimestamp(new Date(Date.parse(`${starts[0]}T00:00:00Z`) - DAY_MS));

  const [waiting, recentRows, weekRows] = await Promise.all([
    countQueue(now),
    db.$queryRaw<Row[]>`
      SELECT ${aggregates} FROM "DecisionRecord"
      WHERE "decidedHour" >= CAST(${sqlTimestamp(since)} AS TIMESTAMP(3)) AND "decidedHour" < CAST(${until} AS TIMESTAMP(3))`,
    db.$queryRaw<(Row & { week: string })[]>`
      SELECT to_char(date_trunc('week', ("decidedHour" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm'), 'YYYY-MM-DD') AS "week", ${aggregates}
      FROM "DecisionRecord"
      WHERE "decidedHour" >= CAST(${roughStart} AS TIMESTAMP(3)) AND "decidedHour" < CAST(${until} AS TIMESTAMP(3))
      GROUP BY 1`,
  ]);

  return {
    backlog: { pending: waiting.pending, awaitingColleague: waiting.awaitingColleague, comments: waiting.comments },
    recent: { ...summary(recentRows[0]), since },
    weeks: starts.map((weekStart) => ({ weekStart, isoWeek: isoWeekNumber(weekStart), ...summary(weekRows.find((row) => row.week === weekStart)) })),
  };
}
