import { seedStories, seedTags, seedTemplates } from "@/prisma/seed-data";
import type { PrismaClient } from "@/lib/db";
import { createReceiptToken } from "@/lib/stories/receipt-token";

const DAY_MS = 24 * 60 * 60 * 1000;

// Tags and templates are added when missing and never overwritten, so moderators' edits
// survive restarts. Several instances may run this at once against PostgreSQL.
export async function seedBaseContent(db: PrismaClient) {
  await db.tag.createMany({ data: seedTags, skipDuplicates: true });
  await db.replyTemplate.createMany({ data: seedTemplates, skipDuplicates: true });
}

// Demo stories go into an empty database only, so a real deployment that has started taking
// stories is never touched.
export async function seedDemoStories(db: PrismaClient, now = new Date()): Promise<number> {
  if ((await db.story.count()) > 0) return 0;
  const tags = new Map((await db.tag.findMany()).map((tag) => [tag.slug, tag.id]));
  const templates = new Map((await db.replyTemplate.findMany()).map((t) => [t.slug, t.id]));
  for (const story of seedStories) {
    const publishedAt = new Date(now.getTime() - story.daysAgo * DAY_MS);
    const createdAt = new Date(publishedAt.getTime() - DAY_MS / 2);
    await db.story.create({
      data: {
        status: "PUBLISHED",
        title: story.title,
        body: story.body,
        originalTitle: story.title,
        originalBody: story.body,
        authorRole: story.role,
        municipalityCode: story.municipalityCode,
        receiptTokenHash: createReceiptToken().tokenHash,
        createdAt,
        publishedAt,
        decidedAt: publishedAt,
        tags: { create: story.tagSlugs.map((slug) => ({ tagId: tags.get(slug)! })) },
        replies: story.reply
          ? {
              create: {
                body: story.reply.body,
                templateId: templates.get(story.reply.templateSlug) ?? null,
                createdAt: publishedAt,
                publishedAt,
              },
            }
          : undefined,
        comments: {
          create: story.comments.map((body, index) => ({
            body,
            status: "APPROVED" as const,
            createdAt: new Date(publishedAt.getTime() + (index + 1) * DAY_MS / 4),
            decidedAt: new Date(publishedAt.getTime() + (index + 1) * DAY_MS / 3),
          })),
        },
      },
    });
  }
  return seedStories.length;
}
