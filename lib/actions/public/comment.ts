"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/public-action";
import { createComment } from "@/lib/comments/create-comment";
import { commentSchema } from "@/lib/comments/schemas";

// `protection` carries the proof of work and the honeypot (lib/abuse/screen-submission.ts).
export const submitComment = publicAction(
  {
    name: "submitComment",
    schema: commentSchema,
    target: z.string().min(1).max(64),
    bucket: "comment",
    // A bot that filled the honeypot is thanked like anyone else, and nothing is stored.
    proofOfWork: { onTrap: () => ({ ok: true }) },
  },
  async ({ body }, { target: storyId }) => {
    await createComment({ storyId, body });
  },
);
