import { z } from "zod";
import { locales } from "@/lib/locales";
import { municipalityCodes } from "@/lib/municipalities";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { isStorableText } from "./storable-text";

// Limits live here so the form's hints, the live character count and the messages all quote
// the same numbers the server enforces.
export const storyLimits = {
  titleMin: 5,
  titleMax: 150,
  bodyMin: 200,
  bodyMax: 10_000,
  tagsMin: 1,
  tagsMax: 5,
} as const;

export const authorRoles = ["KLIENT", "ANHORIG", "PERSONAL", "ANNAN"] as const;

// The author's own answer to "Är någon i fara just nu?". Phrase lists miss many ways of saying
// it (lib/safety, see the figures in docs/detectors.md), so the form also asks; either makes a story urgent.
export const dangerAnswers = ["CHILD_AT_RISK", "SUICIDE", "VIOLENCE"] as const;

const knownMunicipalityCodes = new Set(municipalityCodes);

export const storySubmissionSchema = z.object({
  title: z
    .string({ error: "titleRequired" })
    .overwrite((value) => normaliseText(value).replace(/\s+/g, " "))
    .refine(isStorableText, { error: "unstorableCharacter", abort: true })
    .min(1, { error: "titleRequired", abort: true })
    .min(storyLimits.titleMin, "titleTooShort")
    .max(storyLimits.titleMax, "titleTooLong"),
  body: z
    .string({ error: "bodyRequired" })
    .overwrite(normaliseText)
    .refine(isStorableText, { error: "unstorableCharacter", abort: true })
    .min(1, { error: "bodyRequired", abort: true })
    .min(storyLimits.bodyMin, "bodyTooShort")
    .max(storyLimits.bodyMax, "bodyTooLong"),
  tagIds: z
    .array(z.string().min(1, "tagUnknown"), { error: "tagsRequired" })
    .min(storyLimits.tagsMin, "tagsRequired")
    .max(storyLimits.tagsMax, "tagsTooMany")
    .refine((ids) => new Set(ids).size === ids.length, "tagsDuplicate"),
  // "" is the form's "Vill inte ange"; both optional answers leave the schema as null.
  municipalityCode: z
    .string({ error: "municipalityUnknown" })
    .transform((value) => value?.trim() || null)
    .refine((code) => code === null || knownMunicipalityCodes.has(code), "municipalityUnknown"),
  authorRole: z.enum([...authorRoles, ""], { error: "roleUnknown" }).transform((value) => value || null),
  danger: z
    .array(z.enum(dangerAnswers, { error: "dangerUnknown" }), { error: "dangerUnknown" })
    .refine((answers) => new Set(answers).size === answers.length, "dangerUnknown")
    .default([]),
  // The language the story is written in, so its page can mark the text with `lang` (screen
  // readers and hyphenation follow it). The form always sends one, the page's language unless
  // the author picks another; other callers that send none wrote in Swedish, as before.
  language: z.enum(locales, { error: "languageUnknown" }).default("sv"),
  // A boolean rather than literal(true) so the unticked form state has the same type.
  consent: z.boolean({ error: "consentRequired" }).refine((given) => given, "consentRequired"),
});

export type StorySubmissionInput = z.input<typeof storySubmissionSchema>;
export type StorySubmission = z.output<typeof storySubmissionSchema>;
