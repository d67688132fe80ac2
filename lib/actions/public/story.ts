"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/public-action";
import { localHref } from "@/lib/i18n/current-locale";
import { routes } from "@/lib/routes";
import { createStory } from "@/lib/stories/create-story";
import { storySubmissionSchema } from "@/lib/stories/schemas";
import { findUnknownTagIds } from "@/lib/tags/find-unknown-tag-ids";

// Resolves only with a failure: on success it redirects to the private receipt page.
// `protection` carries the proof of work and the honeypot (lib/abuse/screen-submission.ts).
export const submitStory = publicAction(
  {
    name: "submitStory",
    schema: storySubmissionSchema,
    // A tag can be removed by a moderator while someone is writing; say so next to the field.
    validate: async ({ tagIds }) => {
      return (await findUnknownTagIds({ tagIds })).length > 0 ? { tagIds: ["tagUnknown"] } : null;
    },
    bucket: "story",
    // A filled honeypot gets a thank-you page that looks final but holds no receipt: the bot
    // learns nothing to adapt to, and nothing it sent is stored.
    proofOfWork: { onTrap: async () => redirect(await localHref(routes.writeThanks())) },
  },
  async (input) => {
    const { receiptToken } = await createStory(input);
    // On the language the author wrote in: the receipt page answers in it.
    redirect(await localHref(routes.receipt(receiptToken, { ny: "1" })));
  },
);
