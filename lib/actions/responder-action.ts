import type { z } from "zod";
import type { SessionModerator } from "@/lib/auth/authenticate-moderator";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { moderatorAction } from "./moderator-action";

export type ResponderOrganisation = { id: string; name: string; municipalityCodes: string[]; fastTrack: boolean };

// Every responder server action (lib/actions/svar) is built with this: the session, the
// RESPONDER role and the second factor are checked by moderatorAction, and the organisation is
// read fresh from the database on every call, so its municipalities are what the server says,
// never what a form sends, and a deactivated organisation can do nothing.
export function responderAction<Schema extends z.ZodType, Result>(
  { schema }: { schema: Schema },
  handler: (input: z.infer<Schema>, context: { responder: SessionModerator; organisation: ResponderOrganisation }) => Promise<Result>,
) {
  return moderatorAction({ schema, roles: ["RESPONDER"] }, async (input, responder) => {
    const organisation = responder.organisationId
      ? await db.organisation.findFirst({
          where: { id: responder.organisationId, active: true },
          select: { id: true, name: true, municipalityCodes: true, fastTrack: true },
        })
      : null;
    if (!organisation) throw new AppError("FORBIDDEN");
    return handler(input, { responder, organisation });
  });
}
