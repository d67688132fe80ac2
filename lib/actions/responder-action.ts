import type { z } from "zod";
import type { SessionModerator } from "@/lib/auth/authenticate-moderator";
import { type AnsweringOrganisation, getAnsweringOrganisation } from "@/lib/answers/answering-organisation";
import { AppError } from "@/lib/errors/app-error";
import { moderatorAction } from "./moderator-action";

// Every responder server action (lib/actions/svar) is built with this: the session, the
// RESPONDER role and the second factor are checked by moderatorAction, and the organisation is
// read fresh from the database on every call, so its municipalities are what the server says,
// never what a form sends, and a deactivated organisation can do nothing.
export function responderAction<Schema extends z.ZodType, Result>(
  { schema }: { schema: Schema },
  handler: (input: z.infer<Schema>, context: { responder: SessionModerator; organisation: AnsweringOrganisation }) => Promise<Result>,
) {
  return moderatorAction({ schema, roles: ["RESPONDER"] }, async (input, responder) => {
    const organisation = responder.organisationId ? await getAnsweringOrganisation(responder.organisationId) : null;
    if (!organisation) throw new AppError("FORBIDDEN");
    return handler(input, { responder, organisation });
  });
}
