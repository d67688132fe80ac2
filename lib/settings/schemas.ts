import { z } from "zod";

// A checkbox as a form posts it, or a boolean from a client component.
const checkbox = z.union([z.boolean(), z.enum(["on", "true", "false"])]).transform((value) => value === true || value === "on" || value === "true");

export const claimMinutesLimits = { min: 5, max: 480 } as const;

export const setColleagueReviewSchema = z.object({
  colleagueReview: checkbox,
  claimMinutes: z.coerce
    .number({ error: "claimMinutesInvalid" })
    .int("claimMinutesInvalid")
    .min(claimMinutesLimits.min, "claimMinutesInvalid")
    .max(claimMinutesLimits.max, "claimMinutesInvalid")
    .optional(),
});
export type SetColleagueReviewInput = z.input<typeof setColleagueReviewSchema>;
