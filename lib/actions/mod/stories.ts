"use server";

import { moderatorAction } from "@/lib/actions/moderator-action";
import { claimStory, takeOverStory } from "@/lib/moderation/claims";
import { approveStoryDecision, prepareStoryDecision, returnStoryDecision } from "@/lib/moderation/colleague-review";
import { editStory } from "@/lib/moderation/edit-story";
import { publishStory } from "@/lib/moderation/publish-story";
import { clearSafetyFlag } from "@/lib/moderation/clear-safety-flag";
import { rejectStory } from "@/lib/moderation/reject-story";
import {
  approveStoryActionSchema,
  editStoryActionSchema,
  publishStoryActionSchema,
  rejectStoryActionSchema,
  returnStoryActionSchema,
  storyIdSchema,
} from "@/lib/moderation/schemas";
import { clearSafetyFlagSchema } from "@/lib/safety/schemas";

export const editStoryAction = moderatorAction({ schema: editStoryActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  editStory({ storyId: input.storyId, moderatorId: moderator.id, title: input.title, body: input.body, tagIds: input.tagIds, version: input.version }),
);

export const publishStoryAction = moderatorAction({ schema: publishStoryActionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await publishStory({
    storyId: input.storyId,
    moderatorId: moderator.id,
    title: input.title,
    body: input.body,
    tagIds: input.tagIds,
    version: input.version,
    reply: { body: input.replyBody, templateId: input.templateId },
  });
});

export const rejectStoryAction = moderatorAction({ schema: rejectStoryActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  rejectStory({ storyId: input.storyId, moderatorId: moderator.id, reason: input.reason, version: input.version }),
);

// Colleague review: the same forms as publishing and rejecting, sent to a colleague instead.
export const preparePublicationAction = moderatorAction({ schema: publishStoryActionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await prepareStoryDecision({
    storyId: input.storyId,
    moderatorId: moderator.id,
    version: input.version,
    decision: {
      kind: "PUBLISH",
      edit: { title: input.title, body: input.body, tagIds: input.tagIds },
      reply: { body: input.replyBody, templateId: input.templateId },
    },
  });
});

export const prepareRejectionAction = moderatorAction({ schema: rejectStoryActionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await prepareStoryDecision({ storyId: input.storyId, moderatorId: moderator.id, version: input.version, decision: { kind: "REJECT", reason: input.reason } });
});

export const approveStoryAction = moderatorAction({ schema: approveStoryActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  approveStoryDecision({ storyId: input.storyId, moderatorId: moderator.id, version: input.version }),
);

export const returnStoryAction = moderatorAction({ schema: returnStoryActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  returnStoryDecision({ storyId: input.storyId, moderatorId: moderator.id, version: input.version, comment: input.comment }),
);

export const claimStoryAction = moderatorAction({ schema: storyIdSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) => claimStory({ storyId: input.storyId, moderatorId: moderator.id }));

export const takeOverStoryAction = moderatorAction({ schema: storyIdSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  takeOverStory({ storyId: input.storyId, moderatorId: moderator.id }),
);

export const clearSafetyFlagAction = moderatorAction({ schema: clearSafetyFlagSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  clearSafetyFlag({ storyId: input.storyId, moderatorId: moderator.id, flag: input.flag }),
);
