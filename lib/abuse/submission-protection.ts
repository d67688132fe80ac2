import { z } from "zod";

// Sent beside a form's values, never inside them, so the shared schemas and their field
// errors stay as they are. Anything malformed counts as absent.
export const submissionProtectionSchema = z
  .object({
    proof: z.string().max(4000).optional().catch(undefined),
    trap: z.string().max(2000).optional().catch(undefined),
  })
  .catch({});

export type SubmissionProtection = z.infer<typeof submissionProtectionSchema>;
