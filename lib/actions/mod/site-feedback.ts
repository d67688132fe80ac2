"use server";

import { z } from "zod";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { markSiteFeedbackHandled } from "@/lib/site-feedback/mark-site-feedback-handled";

const feedbackTarget = z.object({ feedbackId: z.string().min(1).max(64) }).strict();

// /mod/synpunkter: a message from the accessibility statement's form has been dealt with.
export const markSiteFeedbackHandledAction = moderatorAction({ schema: feedbackTarget, roles: ["MODERATOR", "ADMIN"] }, async ({ feedbackId }, moderator) => {
  await markSiteFeedbackHandled({ feedbackId, moderatorId: moderator.id });
});
