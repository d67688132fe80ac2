export const auditActions = [
  "story.edit",
  "story.publish",
  "story.reject",
  "story.clear_safety_flag",
  "story.note",
  // Colleague review: one moderator prepares, a colleague approves or sends it back.
  "story.prepare",
  "story.approve",
  "story.return",
  // A moderator took over a story a colleague had claimed.
  "story.claim_takeover",
  // Written without a moderator and without a target: only the fact that a story was erased.
  "story.erased_by_author",
  "story.erased_by_retention",
  "comment.approve",
  "comment.reject",
  "template.create",
  "template.update",
  "tag.create",
  "tag.update",
  "tag.delete",
  "moderator.create",
  "moderator.update",
  "moderator.password_reset",
  "moderator.totp_enable",
  "moderator.totp_disable",
  "moderator.totp_reset",
  "moderator.sessions_revoke",
  "setting.require_totp",
  "setting.colleague_review",
  // Switching colleague review off while it is in force: an admin asks, a colleague approves.
  "setting.colleague_review_off_request",
  "setting.colleague_review_off_approve",
  // A deactivation left one active moderator while review was in force; review stays in force.
  "setting.colleague_review_held",
  // The house style: the fixed opening and closing of every reply.
  "setting.house_style",
  "fact.create",
  "fact.update",
  "fact.verify",
  // A published reply corrected afterwards (e.g. a fact it quotes changed); logged on its story.
  "reply.amend",
  // With colleague review, the same correction prepared, approved or sent back.
  "reply.amend_prepare",
  "reply.amend_approve",
  "reply.amend_return",
  "handover.update",
  // A responder's own alert choices, and a new secret for their private feed.
  "responder.alert_settings",
  "responder.feed_token_renew",
  // An admin switched one responder off or on again (lib/organisations/set-responder-active.ts).
  "responder.deactivate",
  "responder.reactivate",
  // Organisations that answer in public, and their responders (lib/organisations).
  "organisation.create",
  "organisation.update",
  "organisation.deactivate",
  "organisation.reactivate",
  "organisation.fast_track",
  "invitation.create",
  // Written by the invited person themselves: the new responder is the actor.
  "invitation.accept",
  // An organisation's answer and its change marks, decided by moderators: published (or prepared
  // for a colleague, approved or sent back to the preparer), sent back to the organisation with
  // a comment, rejected, taken down, or reviewed afterwards on the fast track.
  "answer.publish",
  "answer.prepare",
  "answer.approve",
  "answer.return_prepared",
  "answer.return",
  "answer.reject",
  "answer.take_down",
  "answer.review",
  "change_mark.publish",
  "change_mark.prepare",
  "change_mark.approve",
  "change_mark.return_prepared",
  "change_mark.return",
  "change_mark.reject",
  "change_mark.take_down",
  "change_mark.review",
  // A take-down of an answer ended the organisation's fast track.
  "organisation.fast_track_end",
  // A responder's answer for their organisation, and its change marks.
  "answer.submit",
  "answer.edit",
  "answer.resubmit",
  "change_mark.add",
  "change_mark.edit",
  "change_mark.resubmit",
  // A message from the accessibility statement's form, read and dealt with.
  "site_feedback.handle",
] as const;

export type AuditAction = (typeof auditActions)[number];

export type AuditTargetType =
  | "story"
  | "comment"
  | "template"
  | "tag"
  | "moderator"
  | "setting"
  | "handover"
  | "fact"
  | "organisation"
  | "invitation"
  | "responder"
  | "answer"
  | "changeMark"
  | "siteFeedback";

// Actions nobody in the moderator list performed: the author (through the receipt link) or
// the retention schedule.
export const actorlessAuditActions: readonly AuditAction[] = ["story.erased_by_author", "story.erased_by_retention"];
