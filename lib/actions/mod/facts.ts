"use server";

import { moderatorAction } from "@/lib/actions/moderator-action";
import { createFact } from "@/lib/facts/create-fact";
import { createFactSchema, updateFactActionSchema, verifyFactActionSchema } from "@/lib/facts/schemas";
import { updateFact } from "@/lib/facts/update-fact";
import { verifyFact } from "@/lib/facts/verify-fact";
import { amendReplyActionSchema, approveAmendmentActionSchema, returnAmendmentActionSchema } from "@/lib/moderation/reply-amendment-schemas";
import { approveReplyAmendment, returnReplyAmendment, submitReplyAmendment } from "@/lib/moderation/reply-amendments";

// Facts are the team's shared truth: only an admin adds, changes or verifies one.
export const createFactAction = moderatorAction({ schema: createFactSchema, roles: ["ADMIN"] }, (input, moderator) =>
  createFact({ ...input, moderatorId: moderator.id }),
);

export const updateFactAction = moderatorAction({ schema: updateFactActionSchema, roles: ["ADMIN"] }, (input, moderator) =>
  updateFact({ ...input, moderatorId: moderator.id }),
);

export const verifyFactAction = moderatorAction({ schema: verifyFactActionSchema, roles: ["ADMIN"] }, async (input, moderator) => {
  await verifyFact({ factId: input.factId, moderatorId: moderator.id });
  return null;
});

// Any moderator may correct a published reply, as any moderator may publish one; while colleague
// review is in force the correction waits for a colleague (lib/moderation/reply-amendments.ts).
export const amendReplyAction = moderatorAction({ schema: amendReplyActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  submitReplyAmendment({ replyId: input.replyId, body: input.body, moderatorId: moderator.id }),
);

export const approveAmendmentAction = moderatorAction({ schema: approveAmendmentActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  approveReplyAmendment({ replyId: input.replyId, moderatorId: moderator.id, version: input.version }),
);

export const returnAmendmentAction = moderatorAction({ schema: returnAmendmentActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  returnReplyAmendment({ replyId: input.replyId, moderatorId: moderator.id, version: input.version, comment: input.comment }),
);
