import { z } from "zod";
import { rowIdSchema } from "@/lib/ids/row-id-schema";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { hasSlug } from "./slugify";

export const tagLimits = { nameMin: 2, nameMax: 60, descriptionMax: 300 } as const;

// A name in Finnish or English: optional (readers then see the Swedish one), otherwise held to
// the Swedish name's length rules.
const translatedName = z
  .string()
  .optional()
  .transform((value) => normaliseText(value ?? "").replace(/\s+/g, " "))
  .refine((value) => value === "" || value.length >= tagLimits.nameMin, "nameTooShort")
  .refine((value) => value.length <= tagLimits.nameMax, "nameTooLong");

const translatedDescription = z
  .string()
  .optional()
  .transform((value) => normaliseText(value ?? "").replace(/\s+/g, " "))
  .refine((value) => value.length <= tagLimits.descriptionMax, "descriptionTooLong");

export const tagSchema = z.object({
  name: z
    .string({ error: "nameRequired" })
    .overwrite((value) => normaliseText(value).replace(/\s+/g, " "))
    .min(1, { error: "nameRequired", abort: true })
    .min(tagLimits.nameMin, "nameTooShort")
    .max(tagLimits.nameMax, "nameTooLong")
    .refine(hasSlug, "nameNeedsLetters"),
  description: z
    .string()
    .optional()
    .transform((value) => normaliseText(value ?? "").replace(/\s+/g, " "))
    .refine((value) => value.length <= tagLimits.descriptionMax, "descriptionTooLong"),
  nameFi: translatedName,
  nameEn: translatedName,
  descriptionFi: translatedDescription,
  descriptionEn: translatedDescription,
});

export const tagTranslationFields = ["nameFi", "nameEn", "descriptionFi", "descriptionEn"] as const;

const tagId = rowIdSchema;

export const createTagActionSchema = tagSchema;
export const updateTagActionSchema = tagSchema.extend({ tagId });
export const deleteTagActionSchema = z.object({ tagId });

export type TagInput = z.input<typeof tagSchema>;
export type TagValues = z.output<typeof tagSchema>;
