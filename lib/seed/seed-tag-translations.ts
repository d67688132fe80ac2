import type { PrismaClient } from "@/lib/db";
import { seedTags } from "@/prisma/seed-data";

const fields = ["nameFi", "descriptionFi", "nameEn", "descriptionEn"] as const;

// Deployments that seeded their themes before themes had Finnish and English names get the
// demo translations too, field by field, only where the field is still empty and the theme
// still has its seeded Swedish name: a moderator's own translation, or a theme a moderator
// renamed to mean something else, is never overwritten. Returns how many fields were filled.
export async function seedTagTranslations(db: PrismaClient): Promise<number> {
  // Most starts find nothing to fill: one query says so.
  const slugs = seedTags.map((tag) => tag.slug);
  if ((await db.tag.count({ where: { slug: { in: slugs }, OR: fields.map((field) => ({ [field]: "" })) } })) === 0) return 0;
  let filled = 0;
  for (const tag of seedTags) {
    for (const field of fields) {
      const { count } = await db.tag.updateMany({
        where: { slug: tag.slug, name: tag.name, [field]: "" },
        data: { [field]: tag[field] },
      });
      filled += count;
    }
  }
  return filled;
}
