"use server";

import { z } from "zod";
import { clearSessionCookies } from "@/lib/auth/clear-session-cookies";
import { logOutEverywhere } from "@/lib/auth/log-out-everywhere";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { loggedOutPath } from "@/lib/auth/session-activity";

// Open to a moderator who still owes the required second factor too: ending one's sessions
// must never wait for anything.
export const logOutEverywhereAction = moderatorAction(
  { schema: z.object({}), roles: ["MODERATOR", "ADMIN"], allowWithoutTotp: true },
  async (_input, moderator) => {
    await logOutEverywhere({ moderatorId: moderator.id });
    await clearSessionCookies();
    return { redirectTo: loggedOutPath("everywhere") };
  },
);
