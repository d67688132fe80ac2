"use server";

import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { screenSubmission } from "@/lib/abuse/screen-submission";
import { type ActionFailure, failure, fieldErrorsOf } from "@/lib/actions/result";
import { isAppError } from "@/lib/errors/app-error";
import { createStory } from "@/lib/stories/create-story";
import { storySubmissionSchema } from "@/lib/stories/schemas";
import { listTags } from "@/lib/tags/list-tags";

// Resolves only with a failure: on success it redirects to the private receipt page.
// `protection` carries the proof of work and the honeypot (lib/abuse/screen-submission.ts).
export async function submitStory(input: unknown, protection?: unknown): Promise<ActionFailure> {
  const t = await getTranslations("StoryForm.summary");
  const parsed = storySubmissionSchema.safeParse(input);
  if (!parsed.success) return failure(t("heading"), fieldErrorsOf(parsed.error));

  // A tag can be removed by a moderator while someone is writing; say so next to the field.
  const knownTagIds = new Set((await listTags()).map((tag) => tag.id));
  if (parsed.data.tagIds.some((id) => !knownTagIds.has(id))) {
    return failure(t("heading"), { tagIds: ["tagUnknown"] });
  }

  const screen = await screenSubmission({ bucket: "story", protection }).catch(() => null);
  if (!screen) return failure(t("serverError"));
  // A filled honeypot gets a thank-you page that looks final but holds no receipt: the bot
  // learns nothing to adapt to, and nothing it sent is stored.
  if (screen.kind === "trap") redirect("/beratta/tack");
  if (screen.kind === "refused") {
    const tAbuse = await getTranslations("Abuse.errors");
    return failure(tAbuse(screen.reason === "limited" ? "storyLimited" : screen.reason), { protection: [screen.reason] });
  }

  let receiptToken: string;
  try {
    ({ receiptToken } = await createStory(parsed.data));
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID_INPUT") return failure(t("heading"), { tagIds: ["tagUnknown"] });
    // Only the error's kind is logged: the message of a database error can quote the story.
    console.error("submitStory failed:", error instanceof Error ? error.name : typeof error);
    return failure(t("serverError"));
  }
  redirect(`/kvitto/${receiptToken}?ny=1`);
}
