import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { contentKeys } from "@/lib/cache/content-keys";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";

// Deleting a theme that stories use would silently strip it from them (the join rows cascade),
// so only unused themes can go. Any story counts, pending or rejected too. The condition sits in
// the delete itself, so a story tagged a moment earlier still blocks it.
export async function deleteTag({ tagId, moderatorId }: { tagId: string; moderatorId: string }): Promise<void> {
  await publicContentTransaction(async (tx) => {
    const current = await tx.tag.findUnique({
      where: { id: tagId },
      select: { slug: true, name: true, description: true, _count: { select: { stories: true } } },
    });
    if (!current) throw new AppError("NOT_FOUND", "tag not found");
    if (current._count.stories > 0) throw new AppError("INVALID_STATE", "tag is used by stories");
    const deleted = await tx.tag.deleteMany({ where: { id: tagId, stories: { none: {} } } });
    if (deleted.count !== 1) throw new AppError("INVALID_STATE", "tag is used by stories");
    // Only an unused theme goes, so no story's page or list changes.
    markTouched(tx, [contentKeys.tags()]);
    await writeAuditLog(tx, {
      moderatorId,
      action: "tag.delete",
      targetType: "tag",
      targetId: tagId,
      before: { slug: current.slug, name: current.name, description: current.description },
    });
  });
}
