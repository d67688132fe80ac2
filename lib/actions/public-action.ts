import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { type ScreenRefusal, screenSubmission } from "@/lib/abuse/screen-submission";
import type { SubmissionProtection } from "@/lib/abuse/submission-protection";
import type { FailureCode } from "@/lib/errors/app-error";
import { logFailure } from "@/lib/errors/log-failure";
import { hitPublicRateLimits } from "@/lib/rate-limit/hit-public-rate-limits";
import type { PublicRateLimitBucket } from "@/lib/rate-limit/rules";
import { formDataToObject } from "./form-data-to-object";
import { type ActionResult, failure, failureOf, fieldErrorsOf } from "./result";

type Target = z.ZodType<string, unknown>;
type FieldErrors = Record<string, string[]>;
type Data<Result> = [Result] extends [void] ? undefined : Result;

type Options<Schema extends z.ZodType, T extends Target | undefined, Result> = {
  // Only the error's kind is logged under this name: a database error's message can quote the text.
  name: string;
  // The form's values, parsed with the same schema the browser form uses.
  schema: Schema;
  // The id or receipt token the form acts on, sent before the values. A malformed one is NOT_FOUND.
  target?: T;
  // Checks that need the database but are still about the input, such as a tag that no longer
  // exists. They run before anything is spent, like the schema.
  validate?: (input: z.output<Schema>) => Promise<FieldErrors | null>;
  // null only where refusing would harm the person (withdrawing or erasing one's own story).
  bucket: PublicRateLimitBucket | null;
  // Count per receipt (the target) as well as per source.
  limitPerTarget?: boolean;
  // Forms with the proof-of-work widget and the honeypot. A filled honeypot gets onTrap's answer,
  // which looks like success (or redirects like it) so a bot learns nothing.
  proofOfWork?: { onTrap: () => { ok: true } | Promise<{ ok: true }> };
};

type Args<Schema extends z.ZodType, T extends Target | undefined> = T extends Target
  ? [target: z.input<T>, input: z.input<Schema> | FormData, protection?: SubmissionProtection]
  : [input: z.input<Schema> | FormData, protection?: SubmissionProtection];

type Context<T extends Target | undefined> = { target: T extends Target ? z.output<T> : undefined };

const refusalCodes: Record<ScreenRefusal, FailureCode> = {
  proofMissing: "PROOF_MISSING",
  proofInvalid: "PROOF_INVALID",
  replayed: "PROOF_REPLAYED",
  limited: "RATE_LIMITED",
};

// Every public server action is built with this, the twin of moderatorAction: a test fails any
// export of a public action file that is not. In order, and nothing spent before the input is
// known to be good: the target, the schema, `validate`, then the honeypot, the proof of work and
// the rate limit (lib/abuse/screen-submission.ts), and only then the handler. Every failure is
// `failure(CODE)` with a key under Common.errors (a form may word a code its own way, see
// components/forms/use-failure-text.ts); refusals by the screen carry a `protection` field error
// so the form can show them beside its send button.
export function publicAction<Schema extends z.ZodType, Result, T extends Target | undefined = undefined>(
  options: Options<Schema, T, Result>,
  handler: (input: z.output<Schema>, context: Context<T>) => Promise<Result>,
) {
  return async (...args: Args<Schema, T>): Promise<ActionResult<Data<Result>>> => {
    const [rawTarget, rawInput, protection] = options.target ? args : [undefined, ...args];
    let target: string | undefined;
    if (options.target) {
      const parsedTarget = options.target.safeParse(rawTarget);
      if (!parsedTarget.success) return failure("NOT_FOUND");
      target = parsedTarget.data;
    }
    const parsed = options.schema.safeParse(rawInput instanceof FormData ? formDataToObject(rawInput) : rawInput);
    if (!parsed.success) return failure("INVALID_INPUT", fieldErrorsOf(parsed.error));

    try {
      const invalid = await options.validate?.(parsed.data);
      if (invalid) return failure("INVALID_INPUT", invalid);
      const receipt = options.limitPerTarget ? target : undefined;
      if (options.proofOfWork && options.bucket) {
        const screen = await screenSubmission({ bucket: options.bucket, protection, receipt });
        if (screen.kind === "trap") return (await options.proofOfWork.onTrap()) as ActionResult<Data<Result>>;
        if (screen.kind === "refused") return failure(refusalCodes[screen.reason], { protection: [refusalCodes[screen.reason]] });
      } else if (options.bucket) {
        const hit = await hitPublicRateLimits({ bucket: options.bucket, receipt });
        if (!hit.allowed) return failure("RATE_LIMITED", { protection: ["RATE_LIMITED"] });
      }
      const data = await handler(parsed.data, { target } as Context<T>);
      return (data === undefined ? { ok: true } : { ok: true, data }) as ActionResult<Data<Result>>;
    } catch (error) {
      // A redirect (or notFound) from the handler is how Next ends an action; it is not a failure.
      unstable_rethrow(error);
      const known = failureOf(error);
      if (known) return known as ActionResult<Data<Result>>;
      logFailure(options.name, error);
      return failure("UNEXPECTED");
    }
  };
}
