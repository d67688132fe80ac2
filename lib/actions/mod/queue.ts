"use server";

import { z } from "zod";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { countQueue } from "@/lib/moderation/queue-counts";

// Read by the moderator menu after each navigation, so its counts follow the work without a
// reload (a layout is not rendered again on a client-side navigation). Reads only.
export const queueCountsAction = moderatorAction({ schema: z.object({}).strict(), roles: ["MODERATOR", "ADMIN"] }, () => countQueue());
