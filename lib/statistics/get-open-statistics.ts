import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/locales";
import { byNameIn, localizedTagName, tagNameSelect } from "@/lib/tags/localized-tag";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { sqlTimestamp } from "@/lib/rate-limit/hit-rate-limit";
import { addMonths, label, monthOf, monthStart } from "./municipality-figures";
import type { FigureRow, OpenStatistics } from "./open-statistics-schema";
import { withholdCombinations } from "./withhold-combinations";
import { suppressCount, suppressMedian, suppressShare } from "./suppress";

// How many months the page covers, and how many municipalities it names (the rest are counted
// together), so that the page stays small whatever the number of stories.
export const STATISTICS_MONTHS = 12;
export const NAMED_MUNICIPALITIES = 10;

type Row = { kind: "total" | "month" | "municipality" | "theme"; key: string | null; published: number; replied: number; medianDays: number | null };

// One scan of the stories published in [from, until), each with whether it had a reply by
// `until`: a published moderator reply or a public answer from an organisation. A reply that
// comes later counts from the end of its own month, so the figures do not move within a month.
// The scan reads Story(status, publishedAt, createdAt, municipalityCode, id) alone where the
// visibility map allows; the replies by a hashed pass over Reply and by
// Answer(storyId, status, publishedAt). Exported for the benchmark's EXPLAIN.
export function openStatisticsSql({ from, until }: { from: Date; until: Date }): Prisma.Sql {
  const fromAt = Prisma.sql`CAST(${sqlTimestamp(from)} AS TIMESTAMP(3))`;
  const untilAt = Prisma.sql`CAST(${sqlTimestamp(until)} AS TIMESTAMP(3))`;
  const figures = Prisma.sql`count(*)::int AS "published", (count(*) FILTER (WHERE s."replied"))::int AS "replied",
    percentile_cont(0.5) WITHIN GROUP (ORDER BY s."days") AS "medianDays"`;
  return Prisma.sql`
    WITH s AS MATERIALIZED (
      SELECT s."id", s."municipalityCode",
        to_char((s."publishedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM') AS "month",
        EXTRACT(EPOCH FROM (s."publishedAt" - s."createdAt")) / 86400 AS "days",
        (EXISTS (SELECT 1 FROM "Reply" r WHERE r."storyId" = s."id" AND r."publishedAt" < ${untilAt})
          OR EXISTS (SELECT 1 FROM "Answer" a WHERE a."storyId" = s."id" AND a."status" = 'PUBLISHED' AND a."publishedAt" < ${untilAt})) AS "replied"
      FROM "Story" s
      WHERE s."status" = 'PUBLISHED' AND s."publishedAt" >= ${fromAt} AND s."publishedAt" < ${untilAt}
    )
    SELECT 'total' AS "kind", NULL::text AS "key", ${figures} FROM s
    UNION ALL SELECT 'month', s."month", ${figures} FROM s GROUP BY s."month"
    UNION ALL SELECT 'municipality', s."municipalityCode", ${figures} FROM s WHERE s."municipalityCode" IS NOT NULL GROUP BY s."municipalityCode"
    UNION ALL SELECT 'theme', st."tagId", ${figures} FROM s JOIN "StoryTag" st ON st."storyId" = s."id" GROUP BY st."tagId"`;
}

function figureRow(row: Row | undefined): FigureRow {
  const published = Number(row?.published ?? 0);
  const median = row?.medianDays === null || row?.medianDays === undefined ? null : Number(row.medianDays);
  return {
    published: suppressCount(published),
    repliedShare: suppressShare(Number(row?.replied ?? 0), published),
    medianDaysToPublication: suppressMedian(median, published),
  };
}

// The open statistics of the last twelve ended months (Europe/Stockholm), every cell
// suppressed by the one rule and every combination that could reveal a hidden cell withheld
// (withhold-combinations.ts). Theme names follow `locale`.
export async function getOpenStatistics({ now = new Date(), locale = "sv" }: { now?: Date; locale?: Locale } = {}): Promise<OpenStatistics> {
  const current = monthOf(now);
  const first = addMonths(current, -STATISTICS_MONTHS);
  const [rows, tags] = await Promise.all([
    db.$queryRaw<Row[]>(openStatisticsSql({ from: monthStart(first), until: monthStart(current) })),
    db.tag.findMany({ select: { id: true, slug: true, ...tagNameSelect } }),
  ]);
  const of = (kind: Row["kind"]) => new Map(rows.filter((row) => row.kind === kind).map((row) => [row.key, row]));
  const [byMonth, byMunicipality, byTheme] = [of("month"), of("municipality"), of("theme")];

  const months = Array.from({ length: STATISTICS_MONTHS }, (_, index) => {
    const month = label(addMonths(first, index));
    return { month, ...figureRow(byMonth.get(month)) };
  });
  const themes = tags
    .map((tag) => ({ slug: tag.slug, name: localizedTagName(tag, locale), ...figureRow(byTheme.get(tag.id)) }))
    .sort(byNameIn(locale));
  const municipalityCounts = [...byMunicipality.values()].flatMap((row) => {
    const municipality = row.key ? findMunicipalityByCode(row.key) : undefined;
    return municipality ? [{ municipality, published: Number(row.published) }] : [];
  });
  const totalRow = rows.find((row) => row.kind === "total");
  const withheld = withholdCombinations({
    months: months.map((month) => month.published),
    total: Number(totalRow?.published ?? 0),
    municipalities: municipalityCounts.map(({ municipality, published }) => ({ key: municipality.code, published })),
    named: NAMED_MUNICIPALITIES,
  });
  return {
    period: { from: label(first), to: label(addMonths(current, -1)) },
    total: withheld.showTotal ? figureRow(totalRow) : null,
    months,
    themes,
    municipalities: withheld.named.map(({ key, published }) => {
      const municipality = findMunicipalityByCode(key)!;
      return { code: key, slug: municipality.slug, name: municipality.name, published: suppressCount(published) };
    }),
    otherMunicipalities: withheld.others === null ? null : { published: suppressCount(withheld.others) },
  };
}
