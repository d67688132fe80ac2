import { z } from "zod";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { templateFactKeys, templatePlaceholders } from "@/lib/templates/render-template";

// Shared by the server action and the admin's form in the browser.
export const houseStyleLimits = { max: 1_000 } as const;

// The opening and the closing go out word for word around every reply, so they cannot hold a
// placeholder or fact reference that nothing would fill in. Either may be empty.
const part = (tooLong: string, hasReference: string) =>
  z
    .string()
    .overwrite(normaliseText)
    .max(houseStyleLimits.max, tooLong)
    .refine((text) => templatePlaceholders(text).length === 0 && templateFactKeys(text).length === 0, hasReference);

export const houseStyleSchema = z.object({
  replyOpening: part("openingTooLong", "openingHasReference"),
  replyClosing: part("closingTooLong", "closingHasReference"),
});

export type HouseStyleInput = z.input<typeof houseStyleSchema>;
export type HouseStyleValues = z.output<typeof houseStyleSchema>;
