"use server";

import { revalidatePath } from "next/cache";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { renewSessionCookie } from "@/lib/auth/renew-session-cookie";
import { disableTotp } from "@/lib/totp/disable-totp";
import { enableTotp } from "@/lib/totp/enable-totp";
import { disableTotpSchema, enableTotpSchema } from "@/lib/totp/schemas";

// Both work for a moderator who still owes the required second factor: this is where they pay.
// A wrong code comes back as `error`, shown beside the code field.
export const enableTotpAction = moderatorAction(
  { schema: enableTotpSchema, roles: ["MODERATOR", "ADMIN"], allowWithoutTotp: true },
  async (input, moderator) => {
    const result = await enableTotp({ moderatorId: moderator.id, code: input.code });
    // The change ended every session of the account; this browser gets a new one.
    if (result.ok) await renewSessionCookie({ moderatorId: moderator.id });
    if (result.ok) revalidatePath("/mod", "layout");
    return { error: result.ok ? null : result.error };
  },
);

export const disableTotpAction = moderatorAction(
  { schema: disableTotpSchema, roles: ["MODERATOR", "ADMIN"], allowWithoutTotp: true },
  async (input, moderator) => {
    const result = await disableTotp({ moderatorId: moderator.id, code: input.code });
    if (result.ok) await renewSessionCookie({ moderatorId: moderator.id });
    if (result.ok) revalidatePath("/mod/konto/tvastegsverifiering");
    return { error: result.ok ? null : result.error };
  },
);
