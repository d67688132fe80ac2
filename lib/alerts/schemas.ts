import { z } from "zod";
import { rowIdSchema } from "@/lib/ids/row-id-schema";

// What a responder hears about: nothing, every story of their municipalities, or only some
// themes; and whether at once or in a daily digest. The form's values, shared by its
// zodResolver and the server action; field errors are keys under Alerts.settings.errors.
export const alertScopes = ["none", "all", "themes"] as const;
export const alertDeliveries = ["IMMEDIATE", "DIGEST"] as const;

export const alertSettingsSchema = z
  .object({
    scope: z.enum(alertScopes, { error: "scopeRequired" }),
    delivery: z.enum(alertDeliveries, { error: "deliveryRequired" }),
    // A single ticked box arrives as a string from a posted form.
    tagIds: z
      .preprocess(
        (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
        // A theme that is not one (a tampered box) is refused on the themes, where the form shows it.
        z
          .array(z.string())
          .max(100, "themesInvalid")
          .refine((ids) => ids.every((id) => rowIdSchema.safeParse(id).success), "themesInvalid"),
      )
      .default([]),
  })
  .refine((input) => input.scope !== "themes" || input.tagIds.length > 0, { message: "themesRequired", path: ["tagIds"] });

export type AlertSettingsInput = z.input<typeof alertSettingsSchema>;
export type AlertSettings = z.output<typeof alertSettingsSchema>;
