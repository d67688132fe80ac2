import { z } from "zod";
import { SAFETY_FLAGS } from "./safety-flags";

export const clearSafetyFlagSchema = z.object({
  storyId: z.string().min(1),
  flag: z.enum(SAFETY_FLAGS),
});

export type ClearSafetyFlagInput = z.infer<typeof clearSafetyFlagSchema>;
