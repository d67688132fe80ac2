"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { routes } from "@/lib/routes";
import { approveColleagueReviewOff } from "@/lib/settings/review-setting-change";

// Any active moderator but the requesting admin approves switching colleague review off; the
// queue shows the request to everyone (lib/settings/review-setting-change.ts).
export const approveColleagueReviewOffAction = moderatorAction({ schema: z.object({}).strict(), roles: ["MODERATOR", "ADMIN"] }, async (_input, moderator) => {
  const result = await approveColleagueReviewOff({ moderatorId: moderator.id });
  revalidatePath(routes.mod.queue(), "layout");
  return result;
});
