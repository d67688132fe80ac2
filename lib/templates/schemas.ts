import { z } from "zod";
import { rowIdSchema } from "@/lib/ids/row-id-schema";
import { locales } from "@/lib/locales";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { hasSlug } from "@/lib/tags/slugify";

export const templateLimits = { titleMin: 3, titleMax: 100, bodyMin: 20, bodyMax: 5_000, sortOrderMax: 9_999 } as const;

export const templateSchema = z.object({
  title: z
    .string({ error: "titleRequired" })
    .overwrite((value) => normaliseText(value).replace(/\s+/g, " "))
    .min(1, { error: "titleRequired", abort: true })
    .min(templateLimits.titleMin, "titleTooShort")
    .max(templateLimits.titleMax, "titleTooLong")
    .refine(hasSlug, "titleNeedsLetters"),
  body: z
    .string({ error: "bodyRequired" })
    .overwrite(normaliseText)
    .min(1, { error: "bodyRequired", abort: true })
    .min(templateLimits.bodyMin, "bodyTooShort")
    .max(templateLimits.bodyMax, "bodyTooLong"),
  sortOrder: z
    .number({ error: "sortOrderInvalid" })
    .int("sortOrderInvalid")
    .min(0, "sortOrderInvalid")
    .max(templateLimits.sortOrderMax, "sortOrderInvalid"),
  active: z.boolean({ error: "activeInvalid" }),
  // The language the template is written in: the composer offers those in the story's
  // language first (lib/templates/templates-for-story.ts).
  language: z.enum(locales, { error: "languageUnknown" }).default("sv"),
});

export const createTemplateActionSchema = templateSchema;
export const updateTemplateActionSchema = templateSchema.extend({
  templateId: rowIdSchema,
});

export type TemplateInput = z.input<typeof templateSchema>;
export type TemplateValues = z.output<typeof templateSchema>;
