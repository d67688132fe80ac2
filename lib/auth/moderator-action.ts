import type { z } from "zod";
import { formDataToObject } from "@/lib/actions/form-data-to-object";
import { type ActionResult, failure, fieldErrorsOf } from "@/lib/actions/result";
import { unstorableFields } from "@/lib/actions/unstorable-fields";
import { isAppError } from "@/lib/errors/app-error";
import type { SessionModerator } from "./authenticate-moderator";
import { getModerator } from "./session";

// Each action's schema, for tests that fill every field of every action (the fuzz test of
// moderator inputs); a WeakMap, so nothing is added to the action a client can reach.
const inputSchemas = new WeakMap<object, z.ZodType>();

export function inputSchemaOf(action: unknown): z.ZodType | undefined {
  return typeof action === "function" ? inputSchemas.get(action) : undefined;
}

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
  const action = async (input: unknown): Promise<ActionResult<Result>> => {
    // Idle or expired sessions, and accounts still owing the required second factor, get nothing.
    const moderator = await getModerator({ allowWithoutTotp });
    if (!moderator) return failure("UNAUTHORIZED");
    if (role === "ADMIN" && moderator.role !== "ADMIN") return failure("FORBIDDEN");
    const raw = input instanceof FormData ? formDataToObject(input) : input;
    // Text the database cannot store is refused like any other bad field, beside that field.
    const unstorable = unstorableFields(raw);
    const parsed = schema.safeParse(raw);
    if (!parsed.success || Object.keys(unstorable).length > 0) {
      return failure("INVALID_INPUT", { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...unstorable });
    }
    try {
      const data = await handler(parsed.data, moderator);
      return { ok: true, data } as ActionResult<Result>;
    } catch (error) {
      if (isAppError(error)) return failure(error.code);
      console.error("Moderator action failed:", error instanceof Error ? error.name : "unknown error");
      return failure("UNEXPECTED");
    }
  };
  inputSchemas.set(action, schema);
  return action;
}
