import { db } from "@/lib/db";
import type { AlertSettings } from "./schemas";

// The settings page's starting values, and whether a feed address exists (never the address:
// only its hash is stored).
export async function getAlertSettings({ responderId }: { responderId: string }): Promise<{ settings: AlertSettings; hasFeed: boolean }> {
  const responder = await db.moderator.findUniqueOrThrow({ where: { id: responderId }, select: { alertMode: true, alertTagIds: true, feedTokenHash: true } });
  const scope = responder.alertMode === "NONE" ? "none" : responder.alertTagIds.length > 0 ? "themes" : "all";
  return {
    settings: { scope, delivery: responder.alertMode === "DIGEST" ? "DIGEST" : "IMMEDIATE", tagIds: responder.alertTagIds },
    hasFeed: responder.feedTokenHash !== null,
  };
}
