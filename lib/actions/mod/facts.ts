"use server";

import { moderatorAction } from "@/lib/auth/moderator-action";
import { createFact } from "@/lib/facts/create-fact";
import { amendReplyActionSchema, createFactSchema, updateFactActionSchema, verifyFactActionSchema } from "@/lib/facts/schemas";
import { updateFact } from "@/lib/facts/update-fact";
import { verifyFact } from "@/lib/facts/verify-fact";
import { amendReply } from "@/lib/replies/amend-reply";

// Facts are the team's shared truth: only an admin adds, changes or verifies one.
export const createFactAction = moderatorAction({ schema: createFactSchema, role: "ADMIN" }, (input, moderator) =>
  createFact({ ...input, moderatorId: moderator.id }),
);

export const updateFactAction = moderatorAction({ schema: updateFactActionSchema, role: "ADMIN" }, (input, moderator) =>
  updateFact({ ...input, moderatorId: moderator.id }),
);

export const verifyFactAction = moderatorAction({ schema: verifyFactActionSchema, role: "ADMIN" }, async (input, moderator) => {
  await verifyFact({ factId: input.factId, moderatorId: moderator.id });
  return null;
});

// Any moderator may correct a published reply, as any moderator may publish one.
export const amendReplyAction = moderatorAction({ schema: amendReplyActionSchema }, (input, moderator) =>
  amendReply({ replyId: input.replyId, body: input.body, moderatorId: moderator.id }),
);
