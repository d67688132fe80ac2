"use server";

import { revalidatePath } from "next/cache";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { renewSessionCookie } from "@/lib/auth/renew-session-cookie";
import { createModerator } from "@/lib/moderators/create-moderator";
import { resetModeratorPassword } from "@/lib/moderators/reset-moderator-password";
import {
  createModeratorSchema,
  resetModeratorPasswordSchema,
  updateModeratorSchema,
} from "@/lib/moderators/schemas";
import { updateModerator } from "@/lib/moderators/update-moderator";
import { routes } from "@/lib/routes";
import { setColleagueReview } from "@/lib/settings/set-colleague-review";
import { setColleagueReviewSchema } from "@/lib/settings/schemas";
import { setRequireTotp } from "@/lib/settings/set-require-totp";
import { resetTotp } from "@/lib/moderators/reset-totp";
import { resetTotpSchema, setRequireTotpSchema } from "@/lib/totp/schemas";

// Only admins manage accounts; moderatorAction checks the session and role before parsing.
export const createModeratorAction = moderatorAction(
  { schema: createModeratorSchema, roles: ["ADMIN"] },
  async (input, moderator) => {
    const created = await createModerator({ ...input, actorId: moderator.id });
    revalidatePath(routes.mod.accounts());
    return { name: created.name };
  },
);

export const updateModeratorAction = moderatorAction(
  { schema: updateModeratorSchema, roles: ["ADMIN"] },
  async (input, moderator) => {
    const updated = await updateModerator({ ...input, actorId: moderator.id });
    revalidatePath(routes.mod.accounts());
    return { name: updated.name };
  },
);

export const resetModeratorPasswordAction = moderatorAction(
  { schema: resetModeratorPasswordSchema, roles: ["ADMIN"] },
  async (input, moderator) => {
    await resetModeratorPassword({ ...input, actorId: moderator.id });
    // Every session of the account ended; an admin who set their own password carries on here.
    if (input.moderatorId === moderator.id) await renewSessionCookie({ moderatorId: moderator.id });
    return { moderatorId: input.moderatorId };
  },
);

export const setRequireTotpAction = moderatorAction(
  { schema: setRequireTotpSchema, roles: ["ADMIN"] },
  async (input, moderator) => {
    const settings = await setRequireTotp({ actorId: moderator.id, requireTotp: input.requireTotp });
    revalidatePath(routes.mod.queue(), "layout");
    return settings;
  },
);

export const resetTotpAction = moderatorAction({ schema: resetTotpSchema, roles: ["ADMIN"] }, async (input, moderator) => {
  await resetTotp({ actorId: moderator.id, moderatorId: input.moderatorId });
  revalidatePath(routes.mod.accounts());
  return { moderatorId: input.moderatorId };
});

export const setColleagueReviewAction = moderatorAction({ schema: setColleagueReviewSchema, roles: ["ADMIN"] }, async (input, moderator) => {
  const settings = await setColleagueReview({ actorId: moderator.id, colleagueReview: input.colleagueReview, claimMinutes: input.claimMinutes });
  revalidatePath(routes.mod.queue(), "layout");
  return settings;
});
