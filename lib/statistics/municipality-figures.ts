import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sqlTimestamp } from "@/lib/rate-limit/hit-rate-limit";
import { type Shown, suppressCount, suppressMedian, suppressShare } from "./suppress";
import { periodTotalShown } from "./withhold-combinations";

// A calendar month as Stockholm counts it, "2026-11".
export type Month = string;

export type FigureSet = {
  // Stories published in the period in the municipality (and still published).
  published: Shown<number>;
  // Of those, the share with a public answer.
  answeredShare: Shown<number>;
  // Days from a story's publication to its first public answer, over the answered stories.
  medianDaysToAnswer: Shown<number>;
  // Of the answered stories, the share whose public answer carries a public mark of a change
  // planned or made.
  changeShare: Shown<number>;
};

export type MonthFigures = FigureSet & { month: Month };

export type MunicipalityFigures = {
  // The first month the figures cover: the first full month after the earliest organisation
  // that answers for the municipality joined. It may not have ended yet (no months then).
  firstMonth: Month;
  // Every full month from firstMonth that has ended, oldest first. The current month is never
  // shown: a figure that changes day by day could reveal one new story.
  months: MonthFigures[];
  // The last twelve full months (fewer when the organisation joined more recently). Withheld,
  // every figure hidden, when one of those months is: the sum minus the months shown would
  // give the hidden month away.
  lastTwelve: (FigureSet & { from: Month; to: Month; withheld: boolean }) | null;
};

const stockholmParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
});

function partsOf(at: Date) {
  const parts = Object.fromEntries(stockholmParts.formatToParts(at).map((part) => [part.type, Number(part.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

// The month an instant falls in, in Stockholm, as year and month (1-12).
export function monthOf(at: Date): { year: number; month: number } {
  const { year, month } = partsOf(at);
  return { year, month };
}

export function addMonths({ year, month }: { year: number; month: number }, count: number) {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export const label = ({ year, month }: { year: number; month: number }): Month => `${year}-${String(month).padStart(2, "0")}`;

// The instant a month begins in Stockholm: its first midnight, one or two hours before UTC's
// (summer time never begins or ends on the first of a month).
export function monthStart({ year, month }: { year: number; month: number }): Date {
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, 1) - offsetHours * 60 * 60 * 1000);
    const parts = partsOf(candidate);
    if (parts.day === 1 && parts.hour === 0 && parts.minute === 0) return candidate;
  }
  throw new Error(`No Stockholm midnight found for ${label({ year, month })}`);
}

type Row = { month: Month | null; published: number; answered: number; changed: number; medianDays: number | null };

// One query per figure set: the municipality's published stories in [from, until), each with
// its first public answer and whether a public answer carries a public change mark, grouped by
// Stockholm month (or not at all). The scan runs on the index
// Story(status, municipalityCode, publishedAt, id).
// Exported for the benchmark's EXPLAIN (scripts/bench-municipality-figures.ts).
export function figuresSql(options: FiguresQuery): Prisma.Sql {
  const month = options.byMonth
    ? Prisma.sql`to_char((s."publishedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM')`
    : Prisma.sql`NULL::text`;
  // The lateral join reads each story's public answers once, by Answer(storyId, status), and
  // their marks by ChangeMark(answerId, ...): the cost grows with the municipality's stories
  // in the period, never with the whole table.
  return Prisma.sql`
    SELECT ${month} AS "month",
      count(*)::int AS "published",
      count(x."answeredAt")::int AS "answered",
      (count(*) FILTER (WHERE x."changed"))::int AS "changed",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM (x."answeredAt" - s."publishedAt")) / 86400) AS "medianDays"
    FROM "Story" s
    LEFT JOIN LATERAL (
      SELECT min(a."publishedAt") AS "answeredAt",
        bool_or(EXISTS (
          SELECT 1 FROM "ChangeMark" m
          WHERE m."answerId" = a."id" AND m."status" = 'PUBLISHED' AND m."kind" IN ('CHANGE_PLANNED', 'CHANGE_MADE')
        )) AS "changed"
      FROM "Answer" a
      WHERE a."storyId" = s."id" AND a."status" = 'PUBLISHED'
    ) x ON true
    WHERE s."status" = 'PUBLISHED' AND s."municipalityCode" = ${options.municipalityCode}
      AND s."publishedAt" >= CAST(${sqlTimestamp(options.from)} AS TIMESTAMP(3))
      AND s."publishedAt" < CAST(${sqlTimestamp(options.until)} AS TIMESTAMP(3))
    GROUP BY 1`;
}

type FiguresQuery = { municipalityCode: string; from: Date; until: Date; byMonth: boolean };

function queryFigures(options: FiguresQuery): Promise<Row[]> {
  return db.$queryRaw<Row[]>(figuresSql(options));
}

function figureSet(row: Row | undefined): FigureSet {
  const published = Number(row?.published ?? 0);
  const answered = Number(row?.answered ?? 0);
  const changed = Number(row?.changed ?? 0);
  const median = row?.medianDays === null || row?.medianDays === undefined ? null : Number(row.medianDays);
  return {
    published: suppressCount(published),
    answeredShare: suppressShare(answered, published),
    medianDaysToAnswer: suppressMedian(median, answered),
    changeShare: suppressShare(changed, answered),
  };
}

// The public figures of one municipality, or null when no organisation answers for it.
export async function getMunicipalityFigures({ municipalityCode, now = new Date() }: { municipalityCode: string; now?: Date }): Promise<MunicipalityFigures | null> {
  const earliest = await db.organisation.aggregate({
    where: { active: true, municipalityCodes: { has: municipalityCode } },
    _min: { createdAt: true },
  });
  const joinedAt = earliest._min.createdAt;
  if (!joinedAt) return null;

  const first = addMonths(monthOf(joinedAt), 1);
  const current = monthOf(now);
  const monthCount = (current.year * 12 + current.month) - (first.year * 12 + first.month);
  if (monthCount <= 0) return { firstMonth: label(first), months: [], lastTwelve: null };

  const until = monthStart(current);
  const twelveFirst = addMonths(current, -Math.min(12, monthCount));
  const [monthRows, twelveRows] = await Promise.all([
    queryFigures({ municipalityCode, from: monthStart(first), until, byMonth: true }),
    queryFigures({ municipalityCode, from: monthStart(twelveFirst), until, byMonth: false }),
  ]);
  const byMonth = new Map(monthRows.map((row) => [row.month, row]));
  const months = Array.from({ length: monthCount }, (_, index) => {
    const month = label(addMonths(first, index));
    return { month, ...figureSet(byMonth.get(month)) };
  });
  const shown = periodTotalShown(months.slice(-12).map((month) => month.published));
  const period = { from: label(twelveFirst), to: label(addMonths(current, -1)) };
  return {
    firstMonth: label(first),
    months,
    lastTwelve: shown ? { ...period, withheld: false, ...figureSet(twelveRows[0]) } : { ...period, withheld: true, ...figureSet(undefined) },
  };
}
