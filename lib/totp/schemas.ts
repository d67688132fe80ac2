import { z } from "zod";

// Six digits; spaces are allowed, as apps show "123 456".
export const totpCodeField = z
  .string()
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { message: "codeInvalid" }));

export const enableTotpSchema = z.object({
  // What generateSecret() makes: 20 random bytes in base32.
  secret: z.string().regex(/^[A-Z2-7]{32}$/),
  code: totpCodeField,
});

export const disableTotpSchema = z.object({ code: totpCodeField });

export const setRequireTotpSchema = z.object({
  requireTotp: z.union([z.boolean(), z.enum(["on", "true", "false"])]).transform((value) => value === true || value === "on" || value === "true"),
});

export const resetTotpSchema = z.object({ moderatorId: z.string().min(1).max(100) });
