"use server";

import { revalidatePath } from "next/cache";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { renewSessionCookie } from "@/lib/auth/renew-session-cookie";
import { enableTotp } from "@/lib/moderators/enable-totp";
import { routes } from "@/lib/routes";
import { enableTotpSchema } from "@/lib/totp/schemas";

// A responder sets up two-factor login before anything else, so this one action is open to a
// responder who still owes it (responderAction requires it already). There is no way to switch
// it off: a responder speaks for an authority, and always logs in with a code.
export const enableResponderTotpAction = moderatorAction(
  { schema: enableTotpSchema, roles: ["RESPONDER"], allowWithoutTotp: true },
  async (input, responder) => {
    await enableTotp({ moderatorId: responder.id, code: input.code });
    // The change ended every session of the account; this browser gets a new one.
    await renewSessionCookie({ moderatorId: responder.id });
    revalidatePath(routes.respond.home(), "layout");
  },
);
