"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/actions/public-action";
import { createAuthorComment } from "@/lib/comments/create-author-comment";
import { commentSchema } from "@/lib/comments/schemas";
import { isAppError } from "@/lib/errors/app-error";
import { logFailure } from "@/lib/errors/log-failure";
import { localHref } from "@/lib/i18n/current-locale";
import { routes } from "@/lib/routes";
import { authorEditSchema } from "@/lib/stories/author-edit-schema";
import { editStoryByAuthor } from "@/lib/stories/edit-story-by-author";
import { eraseStoryByAuthor } from "@/lib/stories/erase-story-by-author";
import { isWellFormedReceiptToken } from "@/lib/stories/receipt-token";
import { withdrawStory } from "@/lib/stories/withdraw-story";

// The author's actions, keyed by the receipt token alone: whoever holds the link is the author.
// Comments and edits are limited per source and per receipt, so a leaked or scripted link
// cannot flood the moderators' queue.
const receiptToken = z.string().refine(isWellFormedReceiptToken);

// Resolves only with a failure: on success it redirects back to the receipt page.
export const saveAuthorEdit = publicAction(
  { name: "saveAuthorEdit", schema: authorEditSchema, target: receiptToken, bucket: "author-edit", limitPerTarget: true },
  async (input, { target: token }) => {
    await editStoryByAuthor({ token, ...input });
    redirect(await localHref(routes.receipt(token, { klart: "andrad" })));
  },
);

export const submitAuthorComment = publicAction(
  { name: "submitAuthorComment", schema: commentSchema, target: receiptToken, bucket: "author-comment", limitPerTarget: true },
  async ({ body }, { target: token }) => {
    await createAuthorComment({ token, body });
  },
);

// Plain form posts, so withdrawing and erasing work without JavaScript too. Never rate-limited:
// an author must always be able to take their story back, and a 256-bit token leaves nothing
// to guess.
const receiptForm = z.object({ token: receiptToken });

export const withdrawStoryAction = publicAction({ name: "withdrawStoryAction", schema: receiptForm, bucket: null }, async ({ token }) => {
  try {
    await withdrawStory({ token });
  } catch (error) {
    if (!isAppError(error)) logFailure("withdrawStoryAction", error);
    // The receipt page (or its 404) shows the story as it now stands.
    redirect(await localHref(routes.receipt(token)));
  }
  redirect(await localHref(routes.receipt(token, { klart: "tillbakadragen" })));
});

export const eraseStoryAction = publicAction({ name: "eraseStoryAction", schema: receiptForm, bucket: null }, async ({ token }) => {
  try {
    await eraseStoryByAuthor({ token });
  } catch (error) {
    // NOT_FOUND: already erased, perhaps by a second click. The outcome is the same.
    if (!isAppError(error)) throw error;
  }
  redirect(await localHref(routes.receiptErased()));
});
