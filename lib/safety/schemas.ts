import { z } from "zod";
import { rowIdSchema } from "@/lib/ids/row-id-schema";
import { SAFETY_FLAGS } from "./safety-flags";

export const clearSafetyFlagSchema = z.object({
  storyId: rowIdSchema,
  flag: z.enum(SAFETY_FLAGS),
});

export type ClearSafetyFlagInput = z.infer<typeof clearSafetyFlagSchema>;
