"use server";

import { moderatorAction } from "@/lib/auth/moderator-action";
import { storyNoteSchema } from "@/lib/moderation/story-note-schema";
import { addStoryNote } from "@/lib/moderation/story-notes";

export const addStoryNoteAction = moderatorAction({ schema: storyNoteSchema }, (input, moderator) =>
  addStoryNote({ storyId: input.storyId, moderatorId: moderator.id, body: input.body }),
);
