"use server";

import { responderAction } from "@/lib/actions/responder-action";
import { addChangeMark } from "@/lib/answers/add-change-mark";
import { editAnswer } from "@/lib/answers/edit-answer";
import { editChangeMark } from "@/lib/answers/edit-change-mark";
import { answerEditSchema, answerSubmissionSchema, changeMarkEditSchema, changeMarkSchema } from "@/lib/answers/schemas";
import { submitAnswer } from "@/lib/answers/submit-answer";

// The organisation comes from responderAction, read from the database on every call: a storyId
// from a form never widens what the organisation may answer.
export const submitAnswerAction = responderAction({ schema: answerSubmissionSchema }, async ({ storyId, body, mark }, { responder, organisation }) => {
  return submitAnswer({ organisationId: organisation.id, responderId: responder.id, storyId, body, mark });
});

export const editAnswerAction = responderAction({ schema: answerEditSchema }, async ({ answerId, version, body }, { responder, organisation }) => {
  return editAnswer({ organisationId: organisation.id, responderId: responder.id, answerId, version, body });
});

export const addChangeMarkAction = responderAction({ schema: changeMarkSchema }, async (input, { responder, organisation }) => {
  return addChangeMark({ organisationId: organisation.id, responderId: responder.id, ...input });
});

export const editChangeMarkAction = responderAction({ schema: changeMarkEditSchema }, async (input, { responder, organisation }) => {
  return editChangeMark({ organisationId: organisation.id, responderId: responder.id, ...input });
});
