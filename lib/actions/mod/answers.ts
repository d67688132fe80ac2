"use server";

import { moderatorAction } from "@/lib/actions/moderator-action";
import { approveAnswer, publishAnswer, rejectAnswer, returnAnswer, returnPreparedAnswer } from "@/lib/answers/decide-answer";
import { approveChangeMark, publishChangeMark, rejectChangeMark, returnChangeMark, returnPreparedChangeMark } from "@/lib/answers/decide-change-mark";
import { markAnswerReviewed, markChangeMarkReviewed } from "@/lib/answers/mark-reviewed";
import { answerCommentDecisionSchema, answerDecisionSchema, markCommentDecisionSchema, markDecisionSchema } from "@/lib/answers/moderation-schemas";
import { takeDownAnswer, takeDownChangeMark } from "@/lib/answers/take-down";

// The moderators' decisions on organisations' answers and their change marks. Moderators and
// admins only: a responder never decides, not even on their own organisation's answer.

export const publishAnswerAction = moderatorAction({ schema: answerDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  publishAnswer({ answerId: input.answerId, version: input.version, moderatorId: moderator.id }),
);

export const approveAnswerAction = moderatorAction({ schema: answerDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await approveAnswer({ answerId: input.answerId, version: input.version, moderatorId: moderator.id });
  return null;
});

export const returnPreparedAnswerAction = moderatorAction({ schema: answerCommentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await returnPreparedAnswer({ answerId: input.answerId, version: input.version, comment: input.comment, moderatorId: moderator.id });
  return null;
});

export const returnAnswerAction = moderatorAction({ schema: answerCommentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await returnAnswer({ answerId: input.answerId, version: input.version, comment: input.comment, moderatorId: moderator.id });
  return null;
});

export const rejectAnswerAction = moderatorAction({ schema: answerCommentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await rejectAnswer({ answerId: input.answerId, version: input.version, comment: input.comment, moderatorId: moderator.id });
  return null;
});

export const takeDownAnswerAction = moderatorAction({ schema: answerCommentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  takeDownAnswer({ answerId: input.answerId, version: input.version, comment: input.comment, moderatorId: moderator.id }),
);

export const markAnswerReviewedAction = moderatorAction({ schema: answerDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await markAnswerReviewed({ answerId: input.answerId, version: input.version, moderatorId: moderator.id });
  return null;
});

export const publishChangeMarkAction = moderatorAction({ schema: markDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  publishChangeMark({ markId: input.markId, version: input.version, moderatorId: moderator.id }),
);

export const approveChangeMarkAction = moderatorAction({ schema: markDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await approveChangeMark({ markId: input.markId, version: input.version, moderatorId: moderator.id });
  return null;
});

export const returnPreparedChangeMarkAction = moderatorAction({ schema: markCommentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await returnPreparedChangeMark({ markId: input.markId, version: input.version, comment: input.comment, moderatorId: moderator.id });
  return null;
});

export const returnChangeMarkAction = moderatorAction({ schema: markCommentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await returnChangeMark({ markId: input.markId, version: input.version, comment: input.comment, moderatorId: moderator.id });
  return null;
});

export const rejectChangeMarkAction = moderatorAction({ schema: markCommentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await rejectChangeMark({ markId: input.markId, version: input.version, comment: input.comment, moderatorId: moderator.id });
  return null;
});

export const takeDownChangeMarkAction = moderatorAction({ schema: markCommentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await takeDownChangeMark({ markId: input.markId, version: input.version, comment: input.comment, moderatorId: moderator.id });
  return null;
});

export const markChangeMarkReviewedAction = moderatorAction({ schema: markDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, async (input, moderator) => {
  await markChangeMarkReviewed({ markId: input.markId, version: input.version, moderatorId: moderator.id });
  return null;
});
