import { z } from "zod";
import { rowIdSchema } from "@/lib/ids/row-id-schema";
import { approveStoryActionSchema, returnStorySchema, storyReviewSchema } from "./schemas";

// Shared by the server actions and the forms in the browser, so it imports nothing server-only.
const id = rowIdSchema;

// An amended reply follows the rules of the reply it replaces (length, no unfilled reference).
export const amendReplySchema = z.object({ body: storyReviewSchema.shape.replyBody });
export const amendReplyActionSchema = amendReplySchema.extend({ replyId: id });
// With colleague review: the colleague's approval names the amendment's version they read, and a
// send-back says why, as for a story's decision.
export const approveAmendmentActionSchema = z.object({ replyId: id, version: approveStoryActionSchema.shape.version });
export const returnAmendmentActionSchema = returnStorySchema.extend({ replyId: id, version: approveStoryActionSchema.shape.version });

export type AmendReplyInput = z.input<typeof amendReplySchema>;
