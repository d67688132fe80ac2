"use server";

import { moderatorAction } from "@/lib/actions/moderator-action";
import { storyNoteSchema } from "@/lib/moderation/story-note-schema";
import { addStoryNote } from "@/lib/moderation/story-notes";

export const addStoryNoteAction = moderatorAction({ schema: storyNoteSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  addStoryNote({ storyId: input.storyId, moderatorId: moderator.id, body: input.body }),
);
