"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/public-action";
import { acceptInvitation } from "@/lib/organisations/accept-invitation";
import { acceptInvitationSchema, invitationTokenSchema } from "@/lib/organisations/schemas";

// Whoever holds the link is the invited person: the token is the only key. Counted per source,
// so a script cannot hash passwords on the server all day; the token's 256 bits leave nothing
// to guess. The new responder then logs in on the ordinary login page, with two-factor set-up
// as their first step.
export const acceptInvitationAction = publicAction(
  { name: "acceptInvitationAction", schema: acceptInvitationSchema, target: invitationTokenSchema as z.ZodType<string, unknown>, bucket: "invitation" },
  async (input, { target: token }) => {
    const { email } = await acceptInvitation({ ...input, token });
    return { email };
  },
);
