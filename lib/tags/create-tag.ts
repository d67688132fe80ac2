import { Prisma } from "@/generated/prisma/client";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { contentKeys } from "@/lib/cache/content-keys";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { type TagValues, tagTranslationFields } from "./schemas";
import { slugify } from "./slugify";

type TranslationField = (typeof tagTranslationFields)[number];

export type CreateTagOptions = Omit<TagValues, TranslationField> & Partial<Pick<TagValues, TranslationField>> & { moderatorId: string };

// The slug is the theme's public address (?tagg=…). Two themes whose names give the same slug
// would be confusing to readers, so the second is refused rather than numbered.
export async function createTag(options: CreateTagOptions): Promise<{ tagId: string; slug: string }> {
  const slug = slugify(options.name);
  if (!slug) throw new AppError("INVALID_INPUT", "name gives no slug");
  try {
    return await publicContentTransaction(async (tx) => {
      const clash = await tx.tag.findFirst({
        where: { OR: [{ slug }, { name: { equals: options.name, mode: "insensitive" } }] },
        select: { id: true },
      });
      if (clash) throw new AppError("CONFLICT", "tag exists");
      // Only the translations written: the log names what the moderator gave.
      const translations = Object.fromEntries(tagTranslationFields.flatMap((field) => (options[field] ? [[field, options[field]]] : [])));
      const data = { slug, name: options.name, description: options.description, ...translations };
      const tag = await tx.tag.create({ data, select: { id: true } });
      // A new theme is on no story yet: only the theme lists show it.
      markTouched(tx, [contentKeys.tags()]);
      await writeAuditLog(tx, {
        moderatorId: options.moderatorId,
        action: "tag.create",
        targetType: "tag",
        targetId: tag.id,
        after: data,
      });
      return { tagId: tag.id, slug };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "tag slug taken");
    }
    throw error;
  }
}
