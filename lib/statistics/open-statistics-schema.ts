import { z } from "zod";

// The public statistics as /api/v1/statistics answers them (and as the page and the CSV show
// them): the figures of lib/statistics/get-open-statistics.ts, each cell either a value or
// hidden by the one suppression rule (lib/statistics/suppress.ts). The route takes no query.
export const shownNumberSchema = z.union([
  z.object({ suppressed: z.literal(true) }).strict(),
  z.object({ suppressed: z.literal(false), value: z.number() }).strict(),
]);

const monthSchema = z.string().regex(/^\d{4}-\d{2}$/);

// Stories published in a period, the share of them with a reply, and the median days from
// submission to publication.
const figureRowSchema = z.object({
  published: shownNumberSchema,
  repliedShare: shownNumberSchema,
  medianDaysToPublication: shownNumberSchema,
});

export const statisticsResponseSchema = z.object({
  // The last twelve calendar months that have ended, in Stockholm; the current month never.
  period: z.object({ from: monthSchema, to: monthSchema }),
  // The whole period; null when a month of it is hidden, so that the total minus the shown
  // months cannot reveal the hidden one.
  total: figureRowSchema.nullable(),
  months: z.array(figureRowSchema.extend({ month: monthSchema })),
  themes: z.array(figureRowSchema.extend({ slug: z.string(), name: z.string() })),
  // The municipalities with the most stories in the period, each with at least five.
  municipalities: z.array(z.object({ code: z.string(), slug: z.string(), name: z.string(), published: shownNumberSchema })),
  // Every other municipality together with the stories that name none; null when the total is.
  otherMunicipalities: z.object({ published: shownNumberSchema }).nullable(),
});

export type OpenStatistics = z.infer<typeof statisticsResponseSchema>;
export type FigureRow = z.infer<typeof figureRowSchema>;
