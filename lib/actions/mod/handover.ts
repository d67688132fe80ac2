"use server";

import { moderatorAction } from "@/lib/auth/moderator-action";
import { saveHandover } from "@/lib/moderation/handover";
import { handoverSchema } from "@/lib/moderation/handover-schema";

// Any moderator on the shift may write the handover note.
export const saveHandoverAction = moderatorAction({ schema: handoverSchema }, (input, moderator) =>
  saveHandover({ moderatorId: moderator.id, body: input.body }),
);
