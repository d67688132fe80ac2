export const auditActions = [
  "story.edit",
  "story.publish",
  "story.reject",
  "story.clear_safety_flag",
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
  "setting.require_totp",
] as const;

export type AuditAction = (typeof auditActions)[number];

export type AuditTargetType = "story" | "comment" | "template" | "tag" | "moderator" | "setting";
