import type { z } from "zod";
import { formDataToObject } from "@/lib/actions/form-data-to-object";
import { type ActionResult, failure, fieldErrorsOf } from "@/lib/actions/result";
import { isAppError } from "@/lib/errors/app-error";
import type { SessionModerator } from "./authenticate-moderator";
import { getModerator } from "./session";

// Every moderator server action is built with this: the session and role are checked on the
// server before the input is even parsed. A test asserts that every exported action under
// app/mod is made with it. `message` in a failure is a key under Common.errors.
export function moderatorAction<Schema extends z.ZodType, Result>(
  {
    schema,
    role,
    allowWithoutTotp = false,
  }: { schema: Schema; role?: "ADMIN"; allowWithoutTotp?: boolean },
  handler: (input: z.infer<Schema>, moderator: SessionModerator) => Promise<Result>,
) {
  return async (input: unknown): Promise<ActionResult<Result>> => {
    // Idle or expired sessions, and accounts still owing the required second factor, get nothing.
    const moderator = await getModerator({ allowWithoutTotp });
    if (!moderator) return failure("UNAUTHORIZED");
    if (role === "ADMIN" && moderator.role !== "ADMIN") return failure("FORBIDDEN");
    const parsed = schema.safeParse(input instanceof FormData ? formDataToObject(input) : input);
    if (!parsed.success) return failure("INVALID_INPUT", fieldErrorsOf(parsed.error));
    try {
      const data = await handler(parsed.data, moderator);
      return { ok: true, data } as ActionResult<Result>;
    } catch (error) {
      if (isAppError(error)) return failure(error.code);
      console.error("Moderator action failed:", error instanceof Error ? error.name : "unknown error");
      return failure("UNEXPECTED");
    }
  };
}
