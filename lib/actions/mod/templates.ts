"use server";

import { moderatorAction } from "@/lib/auth/moderator-action";
import { createTemplate } from "@/lib/templates/create-template";
import { createTemplateActionSchema, updateTemplateActionSchema } from "@/lib/templates/schemas";
import { updateTemplate } from "@/lib/templates/update-template";

export const createTemplateAction = moderatorAction({ schema: createTemplateActionSchema }, (input, moderator) =>
  createTemplate({ ...input, moderatorId: moderator.id }),
);

export const updateTemplateAction = moderatorAction({ schema: updateTemplateActionSchema }, (input, moderator) =>
  updateTemplate({ ...input, moderatorId: moderator.id }),
);
