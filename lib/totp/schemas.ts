import { z } from "zod";

// Six digits; spaces are allowed, as apps show "123 456".
export const totpCodeField = z
  .string()
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { message: "codeInvalid" }));

// Only the code: the secret it confirms is the one the server drew and kept. Anything else the
// client sends (a `secret` of its own choosing) is dropped by the parse.
export const enableTotpSchema = z.object({ code: totpCodeField });

export const disableTotpSchema = z.object({ code: totpCodeField });

export const setRequireTotpSchema = z.object({
  requireTotp: z.union([z.boolean(), z.enum(["on", "true", "false"])]).transform((value) => value === true || value === "on" || value === "true"),
});

export const resetTotpSchema = z.object({ moderatorId: z.string().min(1).max(100) });
