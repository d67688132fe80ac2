"use server";

import { publicAction } from "@/lib/actions/public-action";
import { createSiteFeedback } from "@/lib/site-feedback/create-site-feedback";
import { siteFeedbackSchema } from "@/lib/site-feedback/schemas";

// The accessibility statement's form. `protection` carries the proof of work and the honeypot
// (lib/abuse/screen-submission.ts), as on the story and comment forms.
export const submitSiteFeedback = publicAction(
  {
    name: "submitSiteFeedback",
    schema: siteFeedbackSchema,
    bucket: "site-feedback",
    // A bot that filled the honeypot is thanked like anyone else, and nothing is stored.
    proofOfWork: { onTrap: () => ({ ok: true }) },
  },
  async (input) => {
    await createSiteFeedback(input);
  },
);
