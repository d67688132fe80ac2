"use server";

import { moderatorAction } from "@/lib/auth/moderator-action";
import { createFact } from "@/lib/facts/create-fact";
import {
  amendReplyActionSchema,
  approveAmendmentActionSchema,
  createFactSchema,
  returnAmendmentActionSchema,
  updateFactActionSchema,
  verifyFactActionSchema,
} from "@/lib/facts/schemas";
import { updateFact } from "@/lib/facts/update-fact";
import { verifyFact } from "@/lib/facts/verify-fact";
import { approveReplyAmendment, returnReplyAmendment, submitReplyAmendment } from "@/lib/moderation/reply-amendments";

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

// Any moderator may correct a published reply, as any moderator may publish one; while colleague
// review is in force the correction waits for a colleague (lib/moderation/reply-amendments.ts).
export const amendReplyAction = moderatorAction({ schema: amendReplyActionSchema }, (input, moderator) =>
  submitReplyAmendment({ replyId: input.replyId, body: input.body, moderatorId: moderator.id }),
);

export const approveAmendmentAction = moderatorAction({ schema: approveAmendmentActionSchema }, (input, moderator) =>
  approveReplyAmendment({ replyId: input.replyId, moderatorId: moderator.id, version: input.version }),
);

export const returnAmendmentAction = moderatorAction({ schema: returnAmendmentActionSchema }, (input, moderator) =>
  returnReplyAmendment({ replyId: input.replyId, moderatorId: moderator.id, version: input.version, comment: input.comment }),
);
