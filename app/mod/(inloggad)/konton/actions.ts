"use server";

import { revalidatePath } from "next/cache";
import { moderatorAction } from "@/lib/auth/moderator-action";
import { createModerator } from "@/lib/moderators/create-moderator";
import { resetModeratorPassword } from "@/lib/moderators/reset-moderator-password";
import {
  createModeratorSchema,
  resetModeratorPasswordSchema,
  updateModeratorSchema,
} from "@/lib/moderators/schemas";
import { updateModerator } from "@/lib/moderators/update-moderator";

// Only admins manage accounts; moderatorAction checks the session and role before parsing.
export const createModeratorAction = moderatorAction(
  { schema: createModeratorSchema, role: "ADMIN" },
  async (input, moderator) => {
    const created = await createModerator({ ...input, actorId: moderator.id });
    revalidatePath("/mod/konton");
    return { name: created.name };
  },
);

export const updateModeratorAction = moderatorAction(
  { schema: updateModeratorSchema, role: "ADMIN" },
  async (input, moderator) => {
    const updated = await updateModerator({ ...input, actorId: moderator.id });
    revalidatePath("/mod/konton");
    return { name: updated.name };
  },
);

export const resetModeratorPasswordAction = moderatorAction(
  { schema: resetModeratorPasswordSchema, role: "ADMIN" },
  async (input, moderator) => {
    await resetModeratorPassword({ ...input, actorId: moderator.id });
    return { moderatorId: input.moderatorId };
  },
);
