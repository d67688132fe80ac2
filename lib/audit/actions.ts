export const auditActions = [
  "story.edit",
  "story.publish",
  "story.reject",
  "story.clear_safety_flag",
  "story.note",
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
  "handover.update",
] as const;

export type AuditAction = (typeof auditActions)[number];

export type AuditTargetType = "story" | "comment" | "template" | "tag" | "moderator" | "setting" | "handover";

// Actions nobody in the moderator list performed: the author (through the receipt link) or
// the retention schedule.
export const actorlessAuditActions: readonly AuditAction[] = ["story.erased_by_author", "story.erased_by_retention"];
