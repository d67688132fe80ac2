import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { contentKeys } from "@/lib/cache/content-keys";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { changedFields } from "@/lib/audit/changed-fields";
import { type TagValues, tagTranslationFields } from "./schemas";

type TranslationField = (typeof tagTranslationFields)[number];

// The Finnish and English names may be left out by a caller that only renames: they then stay.
export type UpdateTagOptions = Omit<TagValues, TranslationField> & Partial<Pick<TagValues, TranslationField>> & { tagId: string; moderatorId: string };

// Renames a theme or changes its description. The slug stays, so links that readers saved or
// shared keep working after a rename. The Finnish and English names and descriptions are
// changed and audited the same way.
export async function updateTag(options: UpdateTagOptions): Promise<{ changed: boolean }> {
  return publicContentTransaction(async (tx) => {
    const current = await tx.tag.findUnique({ where: { id: options.tagId }, select: { name: true, description: true, nameFi: true, nameEn: true, descriptionFi: true, descriptionEn: true } });
    if (!current) throw new AppError("NOT_FOUND", "tag not found");
    const clash = await tx.tag.findFirst({
      where: { id: { not: options.tagId }, name: { equals: options.name, mode: "insensitive" } },
      select: { id: true },
    });
    if (clash) throw new AppError("CONFLICT", "another tag has this name");
    const next = {
      name: options.name,
      description: options.description,
      ...Object.fromEntries(tagTranslationFields.map((field) => [field, options[field] ?? current[field]])),
    };
    const diff = changedFields(current, next);
    if (!diff) {
      markTouched(tx, []);
      return { changed: false };
    }
    await tx.tag.update({ where: { id: options.tagId }, data: next });
    // Every page that shows a theme's name records `tags` (lib/cache/content-keys.ts).
    markTouched(tx, [contentKeys.tags()]);
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: "tag.update",
      targetType: "tag",
      targetId: options.tagId,
      before: diff.before,
      after: diff.after,
    });
    return { changed: true };
  });
}
