import { z } from "zod";
import { accountEmailSchema } from "@/lib/text/account-key";

export const moderatorRoles = ["MODERATOR", "ADMIN"] as const;
export const passwordLimits = { min: 12, max: 200 } as const;

const roleSchema = z.enum(moderatorRoles, { error: "roleUnknown" });

const passwordSchema = z
  .string({ error: "passwordTooShort" })
  .min(passwordLimits.min, "passwordTooShort")
  .max(passwordLimits.max, "passwordTooLong");

const moderatorIdSchema = z.string().min(1).max(100);

export const createModeratorSchema = z.object({
  name: z
    .string({ error: "nameRequired" })
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, "nameRequired").max(100, "nameTooLong")),
  // Stored in the login's canonical form, so an address typed with capitals still logs in.
  email: accountEmailSchema,
  role: roleSchema,
  password: passwordSchema,
});

export type CreateModeratorInput = z.input<typeof createModeratorSchema>;

// Role and active flag change one at a time from the accounts page; both are optional so the
// same schema serves "change role" and "deactivate/reactivate".
export const updateModeratorSchema = z
  .object({
    moderatorId: moderatorIdSchema,
    role: roleSchema.optional(),
    active: z.boolean().optional(),
  })
  .refine((input) => input.role !== undefined || input.active !== undefined, "nothingToChange");

export type UpdateModeratorInput = z.input<typeof updateModeratorSchema>;

export const resetModeratorPasswordSchema = z.object({
  moderatorId: moderatorIdSchema,
  password: passwordSchema,
});

export type ResetModeratorPasswordInput = z.input<typeof resetModeratorPasswordSchema>;
