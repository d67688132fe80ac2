"use server";

import { moderatorAction } from "@/lib/auth/moderator-action";
import { editStory } from "@/lib/moderation/edit-story";
import { publishStory } from "@/lib/moderation/publish-story";
import { clearSafetyFlag } from "@/lib/moderation/clear-safety-flag";
import { rejectStory } from "@/lib/moderation/reject-story";
import { editStoryActionSchema, publishStoryActionSchema, rejectStoryActionSchema } from "@/lib/moderation/schemas";
import { clearSafetyFlagSchema } from "@/lib/safety/schemas";

export const editStoryAction = moderatorAction({ schema: editStoryActionSchema }, (input, moderator) =>
  editStory({ storyId: input.storyId, moderatorId: moderator.id, title: input.title, body: input.body, tagIds: input.tagIds, version: input.version }),
);

export const publishStoryAction = moderatorAction({ schema: publishStoryActionSchema }, async (input, moderator) => {
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

export const rejectStoryAction = moderatorAction({ schema: rejectStoryActionSchema }, (input, moderator) =>
  rejectStory({ storyId: input.storyId, moderatorId: moderator.id, reason: input.reason, version: input.version }),
);

export const clearSafetyFlagAction = moderatorAction({ schema: clearSafetyFlagSchema }, (input, moderator) =>
  clearSafetyFlag({ storyId: input.storyId, moderatorId: moderator.id, flag: input.flag }),
);
