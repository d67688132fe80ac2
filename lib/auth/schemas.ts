import { z } from "zod";
import { accountEmailSchema } from "@/lib/text/account-key";

export const loginSchema = z.object({
  // The same canonical key the login limits count (lib/auth/limit-login-attempts.ts).
  email: accountEmailSchema,
  password: z.string().min(1, { message: "passwordRequired" }).max(200, { message: "passwordRequired" }),
  // Only asked of accounts with two-factor login; spaces are allowed, as apps show "123 456".
  code: z
    .string()
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^(\d{6})?$/, { message: "codeInvalid" }))
    .default(""),
});

export type LoginInput = z.infer<typeof loginSchema>;
