"use server";

import { moderatorAction } from "@/lib/actions/moderator-action";
import { createTag } from "@/lib/tags/create-tag";
import { deleteTag } from "@/lib/tags/delete-tag";
import { createTagActionSchema, deleteTagActionSchema, updateTagActionSchema } from "@/lib/tags/schemas";
import { updateTag } from "@/lib/tags/update-tag";

export const createTagAction = moderatorAction({ schema: createTagActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  createTag({ ...input, moderatorId: moderator.id }),
);

export const updateTagAction = moderatorAction({ schema: updateTagActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  updateTag({ ...input, moderatorId: moderator.id }),
);

export const deleteTagAction = moderatorAction({ schema: deleteTagActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  deleteTag({ tagId: input.tagId, moderatorId: moderator.id }),
);
