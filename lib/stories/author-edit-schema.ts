import type { z } from "zod";
import { storySubmissionSchema } from "./schemas";

// The author's own edit from the receipt page: the same title and body rules as a new
// submission, so a text that could be sent can always be saved, and nothing else can.
export const authorEditSchema = storySubmissionSchema.pick({ title: true, body: true });

export type AuthorEditInput = z.input<typeof authorEditSchema>;
export type AuthorEdit = z.output<typeof authorEditSchema>;
