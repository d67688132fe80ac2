import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { slugify } from "@/lib/tags/slugify";
import type { TemplateValues } from "./schemas";
import { firstFreeSlug } from "./unique-slug";

// `language` may be left out by callers that write Swedish templates.
export type CreateTemplateOptions = Omit<TemplateValues, "language"> & Partial<Pick<TemplateValues, "language">> & { moderatorId: string };

// Takes input parsed by templateSchema. The slug is derived from the title and made unique,
// and never changes afterwards, so code can rely on the seeded slugs.
export async function createTemplate(options: CreateTemplateOptions): Promise<{ templateId: string; slug: string }> {
  const base = slugify(options.title);
  if (!base) throw new AppError("INVALID_INPUT", "title gives no slug");
  try {
    return await db.$transaction(async (tx) => {
      const taken = await tx.replyTemplate.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
      const slug = firstFreeSlug(base, taken.map((template) => template.slug));
      const data = { title: options.title, body: options.body, sortOrder: options.sortOrder, active: options.active, language: options.language ?? "sv" };
      const template = await tx.replyTemplate.create({ data: { ...data, slug }, select: { id: true } });
      await writeAuditLog(tx, {
        moderatorId: options.moderatorId,
        action: "template.create",
        targetType: "template",
        targetId: template.id,
        after: { slug, ...data },
      });
      return { templateId: template.id, slug };
    });
  } catch (error) {
    // Another moderator took the same slug a moment earlier.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "template slug taken");
    }
    throw error;
  }
}
