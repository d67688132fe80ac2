import { z } from "zod";
import { rowIdSchema } from "@/lib/ids/row-id-schema";
import { normaliseText } from "@/lib/privacy/normalise-text";

// Shared by the server actions and the forms in the browser, so it imports nothing server-only.
export const factLimits = { keyMax: 40, labelMin: 3, labelMax: 100, valueMax: 200, sourceUrlMax: 500, ownerMin: 2, ownerMax: 100 } as const;

// Templates quote a fact as {{fakta:key}} (lib/templates/render-template.ts), so the key keeps
// to what that reference reads: lower-case letters a–z, digits and single hyphens.
export const FACT_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const line = (value: string) => normaliseText(value).replace(/\s+/g, " ");

const isWebAddress = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

// Everything but the key, which never changes once templates may quote it.
export const factFieldsSchema = z.object({
  label: z
    .string({ error: "labelRequired" })
    .overwrite(line)
    .min(1, { error: "labelRequired", abort: true })
    .min(factLimits.labelMin, "labelTooShort")
    .max(factLimits.labelMax, "labelTooLong"),
  // A value is quoted into replies as plain text. Braces are refused: a value reading
  // "{{…}}" would put an unfilled reference into every reply quoting it, and publishing refuses those.
  value: z
    .string({ error: "valueRequired" })
    .overwrite(line)
    .min(1, { error: "valueRequired", abort: true })
    .max(factLimits.valueMax, "valueTooLong")
    .refine((value) => !value.includes("{{") && !value.includes("}}"), "valueHasBraces"),
  sourceUrl: z
    .string({ error: "sourceUrlInvalid" })
    .trim()
    .max(factLimits.sourceUrlMax, "sourceUrlTooLong")
    .refine(isWebAddress, "sourceUrlInvalid"),
  owner: z
    .string({ error: "ownerRequired" })
    .overwrite(line)
    .min(1, { error: "ownerRequired", abort: true })
    .min(factLimits.ownerMin, "ownerTooShort")
    .max(factLimits.ownerMax, "ownerTooLong"),
});

// A Finnish or English label or value, shown on the guide in that language. Empty means "not
// translated": the guide shows the Swedish one, which is also what a number or an address needs.
const optionalLabel = z
  .string()
  .overwrite(line)
  .max(factLimits.labelMax, "labelTooLong")
  .refine((value) => value === "" || value.length >= factLimits.labelMin, "labelTooShort");
const optionalValue = z
  .string()
  .overwrite(line)
  .max(factLimits.valueMax, "valueTooLong")
  .refine((value) => !value.includes("{{") && !value.includes("}}"), "valueHasBraces");

export const factTranslationsSchema = z.object({
  labelFi: optionalLabel.default(""),
  valueFi: optionalValue.default(""),
  labelEn: optionalLabel.default(""),
  valueEn: optionalValue.default(""),
});

export const factKeySchema = z
  .string({ error: "keyInvalid" })
  .trim()
  .toLowerCase()
  .min(1, { error: "keyRequired", abort: true })
  .max(factLimits.keyMax, "keyTooLong")
  .regex(FACT_KEY_PATTERN, "keyInvalid");

export const createFactSchema = factFieldsSchema.extend({ ...factTranslationsSchema.shape, key: factKeySchema });

const id = rowIdSchema;

export const updateFactActionSchema = factFieldsSchema.extend({ ...factTranslationsSchema.shape, factId: id });
export const verifyFactActionSchema = z.object({ factId: id });

export type FactFieldsInput = z.input<typeof factFieldsSchema>;
export type FactFieldsValues = z.output<typeof factFieldsSchema> & Partial<z.output<typeof factTranslationsSchema>>;
export type CreateFactInput = z.input<typeof createFactSchema>;
export type FactTranslations = z.output<typeof factTranslationsSchema>;
// Domain callers (the seed, tests) may leave the translations out: they are then empty.
export type CreateFactValues = Omit<z.output<typeof createFactSchema>, keyof FactTranslations> & Partial<FactTranslations>;
