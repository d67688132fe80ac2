import type { AlertMode } from "@/generated/prisma/client";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { findUnknownTagIds } from "@/lib/tags/find-unknown-tag-ids";
import type { AlertSettings } from "./schemas";

// The stored form of a choice: alerts off keep no themes, so the feed then carries every story
// of the organisation's municipalities.
export function storedAlertSettings(settings: AlertSettings): { alertMode: AlertMode; alertTagIds: string[] } {
  if (settings.scope === "none") return { alertMode: "NONE", alertTagIds: [] };
  return { alertMode: settings.delivery, alertTagIds: settings.scope === "themes" ? [...new Set(settings.tagIds)].sort() : [] };
}

// A responder's own alert choices, audited with them.
export async function saveAlertSettings({ responderId, settings }: { responderId: string; settings: AlertSettings }): Promise<void> {
  const next = storedAlertSettings(settings);
  await db.$transaction(async (tx) => {
    if ((await findUnknownTagIds({ tagIds: next.alertTagIds, tx })).length > 0) throw new AppError("INVALID_INPUT", { field: "tagIds", key: "themesInvalid", message: "unknown theme" });
    const before = await tx.moderator.findUniqueOrThrow({ where: { id: responderId }, select: { alertMode: true, alertTagIds: true } });
    // A digest row waits only for someone who still wants a digest.
    if (next.alertMode !== "DIGEST") await tx.pendingAlert.deleteMany({ where: { responderId } });
    await tx.moderator.update({ where: { id: responderId }, data: next });
    await writeAuditLog(tx, { moderatorId: responderId, action: "responder.alert_settings", targetType: "responder", targetId: responderId, before, after: next });
  });
}
