import type { AuthorRole, Language } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { assessSafety } from "@/lib/safety/assess-safety";
import { sortFlags } from "@/lib/safety/safety-flags";
import { redactTitleAndBody } from "@/lib/privacy/redact-title-and-body";
import { findUnknownTagIds } from "@/lib/tags/find-unknown-tag-ids";
import { createReceiptToken } from "./receipt-token";
import type { dangerAnswers } from "./schemas";

export type CreateStoryOptions = {
  // The author's own answer to "Är någon i fara just nu?" (lib/stories/schemas.ts).
  danger?: readonly (typeof dangerAnswers)[number][];
  title: string;
  body: string;
  tagIds: string[];
  municipalityCode: string | null;
  authorRole: AuthorRole | null;
  // The language the author wrote in; Swedish when a caller does not say.
  language?: Language;
};

// Takes input already parsed by storySubmissionSchema. The checks here are the ones a schema
// cannot make on its own (tags come from the database), repeated for callers other than the form.
export async function createStory(options: CreateStoryOptions): Promise<{ storyId: string; receiptToken: string }> {
  const tagIds = [...new Set(options.tagIds)];
  if (options.municipalityCode !== null && !findMunicipalityByCode(options.municipalityCode)) {
    throw new AppError("INVALID_INPUT", "unknown municipality code");
  }
  const { token, tokenHash } = createReceiptToken();
  // Read before storing, so an urgent story reaches the top of the queue from its first second.
  const assessed = assessSafety({ title: options.title, body: options.body });
  const danger = options.danger ?? [];
  const safety = {
    urgent: assessed.urgent || danger.length > 0,
    flags: sortFlags([...new Set([...assessed.flags, ...danger])]),
  };
  // Before anything is stored: the redacted text is also the "original" the moderators see.
  const { title, body, autoReplacements } = redactTitleAndBody(options);

  const storyId = await db.$transaction(async (tx) => {
    if (tagIds.length === 0 || (await findUnknownTagIds({ tagIds, tx })).length > 0) {
      throw new AppError("INVALID_INPUT", "unknown tag id");
    }
    const story = await tx.story.create({
      data: {
        status: "PENDING",
        title,
        body,
        originalTitle: title,
        originalBody: body,
        autoReplacements,
        municipalityCode: options.municipalityCode,
        authorRole: options.authorRole,
        language: options.language ?? "sv",
        receiptTokenHash: tokenHash,
        urgent: safety.urgent,
        safetyFlags: safety.flags,
        tags: { create: tagIds.map((tagId) => ({ tagId })) },
      },
      select: { id: true },
    });
    return story.id;
  });

  // The plain token leaves this function once, for the author's receipt link, and is never stored.
  return { storyId, receiptToken: token };
}
