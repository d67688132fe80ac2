import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { getSiteSettings } from "./get-site-settings";
import type { HouseStyleValues } from "./house-style-schema";

// An admin sets the one opening and the one closing every reply goes out with
// (lib/replies/compose-reply.ts). Replies already published keep the words they were sent with.
export async function setHouseStyle({ actorId, replyOpening, replyClosing }: HouseStyleValues & { actorId: string }): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await getSiteSettings(tx);
    if (before.replyOpening === replyOpening && before.replyClosing === replyClosing) return { changed: false };
    await tx.siteSetting.upsert({ where: { id: 1 }, create: { id: 1, replyOpening, replyClosing }, update: { replyOpening, replyClosing } });
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "setting.house_style",
      targetType: "setting",
      targetId: "1",
      before: { replyOpening: before.replyOpening, replyClosing: before.replyClosing },
      after: { replyOpening, replyClosing },
    });
    return { changed: true };
  });
}
