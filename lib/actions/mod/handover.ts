"use server";

import { moderatorAction } from "@/lib/actions/moderator-action";
import { saveHandover } from "@/lib/moderation/handover";
import { handoverSchema } from "@/lib/moderation/handover-schema";

// Any moderator on the shift may write the handover note.
export const saveHandoverAction = moderatorAction({ schema: handoverSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  saveHandover({ moderatorId: moderator.id, body: input.body }),
);
