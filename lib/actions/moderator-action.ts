import type { z } from "zod";
import type { Role } from "@/generated/prisma/enums";
import type { SessionModerator } from "@/lib/auth/authenticate-moderator";
import { getModerator } from "@/lib/auth/session";
import { logFailure } from "@/lib/errors/log-failure";
import { formDataToObject } from "./form-data-to-object";
import { type ActionResult, failure, failureOf, fieldErrorsOf } from "./result";
import { unstorableFields } from "./unstorable-fields";

// Each action's schema, for tests that fill every field of every action (the fuzz test of
// moderator inputs); a WeakMap, so nothing is added to the action a client can reach.
const inputSchemas = new WeakMap<object, z.ZodType>();
// Each action's roles, for the test that calls every action with each role.
const actionRoles = new WeakMap<object, readonly Role[]>();

export function inputSchemaOf(action: unknown): z.ZodType | undefined {
  return typeof action === "function" ? inputSchemas.get(action) : undefined;
}

export function rolesOf(action: unknown): readonly Role[] | undefined {
  return typeof action === "function" ? actionRoles.get(action) : undefined;
}

type Options<Schema extends z.ZodType> = {
  schema: Schema;
  // Who may call the action, named in full: there is no default, so a new role opens nothing
  // until an action lists it (a static test fails an action that names none).
  roles: readonly [Role, ...Role[]];
  allowWithoutTotp?: boolean;
};

// Every moderator server action is built with this: the session and role are checked on the
// server before the input is even parsed. A test asserts that every exported action under
// lib/actions/mod is made with it and names its roles. `message` in a failure is a key under
// Common.errors; an AppError naming a field becomes that field's error.
export function moderatorAction<Schema extends z.ZodType, Result>(
  { schema, roles, allowWithoutTotp = false }: Options<Schema>,
  handler: (input: z.infer<Schema>, moderator: SessionModerator) => Promise<Result>,
) {
  const action = async (input: unknown): Promise<ActionResult<Result>> => {
    // Idle or expired sessions, and accounts still owing the required second factor, get nothing.
    const moderator = await getModerator({ allowWithoutTotp });
    if (!moderator) return failure("UNAUTHORIZED");
    if (!roles.includes(moderator.role)) return failure("FORBIDDEN");
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
      const known = failureOf(error);
      if (known) return known;
      logFailure("Moderator action", error);
      return failure("UNEXPECTED");
    }
  };
  inputSchemas.set(action, schema);
  actionRoles.set(action, roles);
  return action;
}
