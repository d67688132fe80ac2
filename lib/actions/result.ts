import type { z } from "zod";
import { type FailureCode, isAppError } from "@/lib/errors/app-error";

// What every server action returns for input it cannot accept: field errors are message keys
// shown next to their field; `message` is a key under Common.errors, shown above the form.
export type ActionFailure = {
  ok: false;
  fieldErrors: Record<string, string[]>;
  message: FailureCode;
};

export type ActionResult<T = undefined> = ({ ok: true } & (T extends undefined ? unknown : { data: T })) | ActionFailure;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "_form";
    (result[key] ??= []).push(issue.message);
  }
  return result;
}

export function failure(message: FailureCode, fieldErrors: Record<string, string[]> = {}): ActionFailure {
  return { ok: false, fieldErrors, message };
}

// An AppError as a failure; one that names a field becomes that field's error, with its own
// message key (or the code). Anything else is not a known failure: null.
export function failureOf(error: unknown): ActionFailure | null {
  if (!isAppError(error)) return null;
  return failure(error.code, error.field ? { [error.field]: [error.key ?? error.code] } : {});
}
