import { z } from "zod";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { toPublicDate } from "@/lib/stories/public-date";
import { isStorableText } from "@/lib/stories/storable-text";
import { namesNoOne } from "./answer-text";

// Limits live here so the form's hints and messages quote the numbers the server enforces.
export const answerLimits = {
  bodyMin: 50,
  bodyMax: 4_000,
  descriptionMin: 10,
  descriptionMax: 300,
} as const;

// In the order a change usually goes: looked into, planned, made.
export const changeKinds = ["LOOKING_INTO", "CHANGE_PLANNED", "CHANGE_MADE"] as const;

const id = z.string({ error: "unknown" }).min(1, "unknown").max(64, "unknown");

// Text is normalised first (line breaks, invisible characters), so the detector and the limits
// read what is stored, and a zero-width space cannot split a name or a number past the detector.
export const answerBody = z
  .string({ error: "bodyRequired" })
  .overwrite(normaliseText)
  .refine(isStorableText, { error: "unstorableCharacter", abort: true })
  .min(1, { error: "bodyRequired", abort: true })
  .min(answerLimits.bodyMin, { error: "bodyTooShort", abort: true })
  .max(answerLimits.bodyMax, { error: "bodyTooLong", abort: true })
  .refine(namesNoOne, "personalData");

const markDescription = z
  .string({ error: "descriptionRequired" })
  .overwrite((value) => normaliseText(value).replace(/\s+/g, " "))
  .refine(isStorableText, { error: "unstorableCharacter", abort: true })
  .min(1, { error: "descriptionRequired", abort: true })
  .min(answerLimits.descriptionMin, { error: "descriptionTooShort", abort: true })
  .max(answerLimits.descriptionMax, { error: "descriptionTooLong", abort: true })
  .refine(namesNoOne, "personalData");

// A day as <input type="date"> sends it. Not in the future as a calendar in Stockholm shows
// today; whether it falls before the story's publication only the server knows, and checks.
const markedOn = z
  .string({ error: "markedOnRequired" })
  .trim()
  .min(1, { error: "markedOnRequired", abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "markedOnInvalid", abort: true })
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), {
    error: "markedOnInvalid",
    abort: true,
  })
  .refine((day) => day <= toPublicDate(new Date()), "markedOnFuture");

const markFields = {
  kind: z.enum(changeKinds, { error: "kindRequired" }),
  description: markDescription,
  markedOn,
};

export const changeMarkSchema = z.object({ answerId: id, ...markFields });

// A change to one of the organisation's own marks, from the version its form was loaded with.
export const changeMarkEditSchema = z.object({
  markId: id,
  version: z.coerce.number({ error: "unknown" }).int("unknown").min(1, "unknown"),
  ...markFields,
});

// The answer form may carry a first mark: "" for its kind means none, and then the other mark
// fields are not read.
export const answerSubmissionSchema = z
  .object({
    storyId: id,
    body: answerBody,
    markKind: z.enum([...changeKinds, ""], { error: "kindRequired" }).default(""),
    markDescription: z.string({ error: "descriptionRequired" }).default(""),
    markedOn: z.string({ error: "markedOnRequired" }).default(""),
  })
  .superRefine((value, context) => {
    if (!value.markKind) return;
    const description = markDescription.safeParse(value.markDescription);
    if (!description.success) context.addIssue({ code: "custom", path: ["markDescription"], message: description.error.issues[0].message });
    const day = markedOn.safeParse(value.markedOn);
    if (!day.success) context.addIssue({ code: "custom", path: ["markedOn"], message: day.error.issues[0].message });
  })
  .transform(({ markKind, markDescription: description, markedOn: day, ...rest }) => ({
    ...rest,
    mark: markKind ? { kind: markKind, description: markDescription.parse(description), markedOn: markedOn.parse(day) } : null,
  }));

// A change to the organisation's own answer: while it waits, or after a moderator sent it back.
// The version is the one the form was loaded with, so an edit never overwrites a newer one.
export const answerEditSchema = z.object({
  answerId: id,
  version: z.coerce.number({ error: "unknown" }).int("unknown").min(1, "unknown"),
  body: answerBody,
});

export type AnswerSubmissionInput = z.input<typeof answerSubmissionSchema>;
export type AnswerSubmission = z.output<typeof answerSubmissionSchema>;
export type AnswerEditInput = z.input<typeof answerEditSchema>;
export type ChangeMarkInput = z.input<typeof changeMarkSchema>;
export type ChangeMarkEditInput = z.input<typeof changeMarkEditSchema>;
export type ChangeMarkFields = { kind: (typeof changeKinds)[number]; description: string; markedOn: string };
