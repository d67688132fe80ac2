"use server";

import { getTranslations } from "next-intl/server";
import { screenSubmission } from "@/lib/abuse/screen-submission";
import { type ActionResult, failure, fieldErrorsOf } from "@/lib/actions/result";
import { createComment } from "@/lib/comments/create-comment";
import { commentSchema } from "@/lib/comments/schemas";
import { isAppError } from "@/lib/errors/app-error";

// `protection` carries the proof of work and the honeypot (lib/abuse/screen-submission.ts).
export async function submitComment(storyId: string, input: unknown, protection?: unknown): Promise<ActionResult> {
  const t = await getTranslations("Common.errors");
  const parsed = commentSchema.safeParse(input);
  if (!parsed.success) return failure(t("INVALID_INPUT"), fieldErrorsOf(parsed.error));
  if (typeof storyId !== "string" || storyId.length === 0 || storyId.length > 64) return failure(t("NOT_FOUND"));

  const screen = await screenSubmission({ bucket: "comment", protection }).catch(() => null);
  if (!screen) return failure(t("UNEXPECTED"));
  // A bot that filled the honeypot is thanked like anyone else, and nothing is stored.
  if (screen.kind === "trap") return { ok: true };
  if (screen.kind === "refused") {
    const tAbuse = await getTranslations("Abuse.errors");
    return failure(tAbuse(screen.reason === "limited" ? "commentLimited" : screen.reason), { protection: [screen.reason] });
  }

  try {
    await createComment({ storyId, body: parsed.data.body });
    return { ok: true };
  } catch (error) {
    if (isAppError(error)) return failure(t(error.code));
    // Only the error's kind is logged: a database error message can quote the comment.
    console.error("submitComment failed:", error instanceof Error ? error.name : typeof error);
    return failure(t("UNEXPECTED"));
  }
}
