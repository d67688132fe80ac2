"use server";

import { revalidatePath } from "next/cache";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { renewSessionCookie } from "@/lib/auth/renew-session-cookie";
import { routes } from "@/lib/routes";
import { disableTotp } from "@/lib/moderators/disable-totp";
import { enableTotp } from "@/lib/moderators/enable-totp";
import { disableTotpSchema, enableTotpSchema } from "@/lib/totp/schemas";

// Both work for a moderator who still owes the required second factor: this is where they pay.
// A wrong code is an AppError naming the code field, which the wrapper turns into that
// field's error.
export const enableTotpAction = moderatorAction(
  { schema: enableTotpSchema, roles: ["MODERATOR", "ADMIN"], allowWithoutTotp: true },
  async (input, moderator) => {
    await enableTotp({ moderatorId: moderator.id, code: input.code });
    // The change ended every session of the account; this browser gets a new one.
    await renewSessionCookie({ moderatorId: moderator.id });
    revalidatePath(routes.mod.queue(), "layout");
  },
);

export const disableTotpAction = moderatorAction(
  { schema: disableTotpSchema, roles: ["MODERATOR", "ADMIN"], allowWithoutTotp: true },
  async (input, moderator) => {
    await disableTotp({ moderatorId: moderator.id, code: input.code });
    await renewSessionCookie({ moderatorId: moderator.id });
    revalidatePath(routes.mod.twoFactor());
  },
);
