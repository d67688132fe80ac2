import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: "emailInvalid" })),
  password: z.string().min(1, { message: "passwordRequired" }).max(200, { message: "passwordRequired" }),
});

export type LoginInput = z.infer<typeof loginSchema>;
