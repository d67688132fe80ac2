"use server";

import { moderatorAction } from "@/lib/actions/moderator-action";
import { createTemplate } from "@/lib/templates/create-template";
import { createTemplateActionSchema, updateTemplateActionSchema } from "@/lib/templates/schemas";
import { updateTemplate } from "@/lib/templates/update-template";

export const createTemplateAction = moderatorAction({ schema: createTemplateActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  createTemplate({ ...input, moderatorId: moderator.id }),
);

export const updateTemplateAction = moderatorAction({ schema: updateTemplateActionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  updateTemplate({ ...input, moderatorId: moderator.id }),
);
