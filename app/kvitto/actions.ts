"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { type ActionFailure, type ActionResult, failure, fieldErrorsOf } from "@/lib/actions/result";
import { createAuthorComment } from "@/lib/comments/create-author-comment";
import { commentSchema } from "@/lib/comments/schemas";
import { isAppError } from "@/lib/errors/app-error";
import { authorEditSchema } from "@/lib/stories/author-edit-schema";
import { editStoryByAuthor } from "@/lib/stories/edit-story-by-author";
import { eraseStoryByAuthor } from "@/lib/stories/erase-story-by-author";
import { isWellFormedReceiptToken } from "@/lib/stories/receipt-token";
import { withdrawStory } from "@/lib/stories/withdraw-story";

// The author's actions, keyed by the receipt token alone: whoever holds the link is the author.
// Only an error's kind is ever logged, because a database error's message can quote the story.
function logFailure(action: string, error: unknown) {
  console.error(`${action} failed:`, error instanceof Error ? error.name : typeof error);
}

// Resolves only with a failure: on success it redirects back to the receipt page.
export async function saveAuthorEdit(token: string, input: unknown): Promise<ActionFailure> {
  const t = await getTranslations("AuthorControl.edit");
  const parsed = authorEditSchema.safeParse(input);
  if (!parsed.success) return failure(t("invalid"), fieldErrorsOf(parsed.error));
  try {
    await editStoryByAuthor({ token: String(token), ...parsed.data });
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_STATE") return failure(t("decided"));
    if (isAppError(error) && error.code === "NOT_FOUND") return failure(t("notFound"));
    logFailure("saveAuthorEdit", error);
    return failure(t("serverError"));
  }
  redirect(`/kvitto/${token}?klart=andrad`);
}

// Anyone can call an action with any arguments, not only the form: no FormData, no token.
function tokenFrom(form: unknown): string {
  const token = form instanceof FormData ? String(form.get("token") ?? "") : "";
  return isWellFormedReceiptToken(token) ? token : "";
}

// Plain form posts, so withdrawing and erasing work without JavaScript too.
export async function withdrawStoryAction(form: FormData): Promise<void> {
  const token = tokenFrom(form);
  try {
    await withdrawStory({ token });
  } catch (error) {
    if (!isAppError(error)) logFailure("withdrawStoryAction", error);
    // The receipt page (or its 404) shows the story as it now stands.
    redirect(token ? `/kvitto/${token}` : "/");
  }
  redirect(`/kvitto/${token}?klart=tillbakadragen`);
}

export async function eraseStoryAction(form: FormData): Promise<void> {
  const token = tokenFrom(form);
  try {
    await eraseStoryByAuthor({ token });
  } catch (error) {
    if (!isAppError(error)) {
      logFailure("eraseStoryAction", error);
      throw error;
    }
    // NOT_FOUND: already erased, perhaps by a second click. The outcome is the same.
  }
  redirect("/kvitto/raderad");
}

export async function submitAuthorComment(token: string, input: unknown): Promise<ActionResult> {
  const t = await getTranslations("AuthorControl.comment");
  const parsed = commentSchema.safeParse(input);
  if (!parsed.success) return failure(t("invalid"), fieldErrorsOf(parsed.error));
  try {
    await createAuthorComment({ token: String(token), body: parsed.data.body });
    return { ok: true };
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_STATE") return failure(t("notPublished"));
    if (isAppError(error) && error.code === "NOT_FOUND") return failure(t("notFound"));
    logFailure("submitAuthorComment", error);
    return failure(t("serverError"));
  }
}
