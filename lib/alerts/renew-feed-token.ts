import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { routes } from "@/lib/routes";
import { createFeedToken } from "./feed-token";

// Draws a new secret for the responder's feed and returns its URL, the only time it is shown:
// the old URL stops working in the same write (only the hash is stored, one per responder).
export async function renewFeedToken({ responderId }: { responderId: string }): Promise<{ url: string }> {
  const { token, tokenHash } = createFeedToken();
  await db.$transaction(async (tx) => {
    const before = await tx.moderator.findUniqueOrThrow({ where: { id: responderId }, select: { feedTokenHash: true } });
    await tx.moderator.update({ where: { id: responderId }, data: { feedTokenHash: tokenHash } });
    // The log says that the address was renewed, never the secret or its hash.
    await writeAuditLog(tx, { moderatorId: responderId, action: "responder.feed_token_renew", targetType: "responder", targetId: responderId, before: { hadFeed: before.feedTokenHash !== null }, after: { hadFeed: true } });
  });
  return { url: absoluteUrl(routes.api.responderFeed(token)) };
}
