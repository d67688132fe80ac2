import { recordDecision } from "@/lib/moderation/record-decision";
import { GUIDE_FACT_KEY, type SeedFact, seedFacts, seedHouseStyle as houseStyle, seedStories, seedTags, seedTemplates } from "@/prisma/seed-data";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { localizeHref, routes } from "@/lib/routes";
import { announcePublicChange } from "@/lib/cache/public-change";
import type { PrismaClient, Tx } from "@/lib/db";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { seedTagTranslations } from "./seed-tag-translations";

const DAY_MS = 24 * 60 * 60 * 1000;

// Tags, templates and facts are added when missing and never overwritten, so moderators' edits
// survive restarts. Several instances may run this at once against PostgreSQL.
export async function seedBaseContent(db: PrismaClient, now = new Date()) {
  await db.tag.createMany({ data: seedTags, skipDuplicates: true });
  await seedTagTranslations(db);
  await db.replyTemplate.createMany({ data: seedTemplates.map(({ previousBodies: _previous, ...template }) => template), skipDuplicates: true });
  await updateUneditedTemplates(db);
  const facts = seedFacts.map(({ demoVerifiedMonthsAgo: _demo, ...fact }) => withAbsoluteGuideAddress(fact));
  await db.fact.createMany({ data: facts.map((fact) => ({ ...fact, verifiedAt: now })), skipDuplicates: true });
  await addMissingTranslations(db, facts);
  // A new version may bring a theme that instances already running should list.
  await announcePublicChange();
}

// A template that still reads exactly as an earlier version seeded it was never edited: it gets
// the current text (e.g. the line pointing to the guide). An edited one is the moderators'.
async function updateUneditedTemplates(db: PrismaClient) {
  for (const { slug, body, previousBodies = [] } of seedTemplates) {
    if (previousBodies.length > 0) await db.replyTemplate.updateMany({ where: { slug, body: { in: previousBodies } }, data: { body } });
  }
}

// A fact that existed before facts had Finnish and English gets the seed's translations, once:
// only while all four are empty, so any translation an admin has written is kept.
async function addMissingTranslations(db: PrismaClient, facts: SeedFact[]) {
  for (const { key, labelFi = "", labelEn = "", valueFi = "", valueEn = "" } of facts) {
    if (!labelFi && !labelEn && !valueFi && !valueEn) continue;
    await db.fact.updateMany({
      where: { key, labelFi: "", labelEn: "", valueFi: "", valueEn: "" },
      data: { labelFi, labelEn, valueFi, valueEn },
    });
  }
}

// The guide's address in each language, from the configured public address.
function withAbsoluteGuideAddress<T extends SeedFact>(fact: T): T {
  if (fact.key !== GUIDE_FACT_KEY) return fact;
  const [sv, fi, en] = (["sv", "fi", "en"] as const).map((locale) => absoluteUrl(localizeHref(locale, routes.guide())));
  return { ...fact, value: sv, valueFi: fi, valueEn: en, sourceUrl: sv };
}

// The seeded templates hold only the middle of a reply; the house style's opening and closing
// go into the settings row where there is none yet: a fresh database (an existing one got them
// from the migration 20261204110000_house_style, and an admin's later choice, even an empty
// one, is kept). Apart from seedBaseContent so that tests of the domain start without one.
export async function seedHouseStyle(db: PrismaClient) {
  await db.siteSetting.createMany({ data: [{ id: 1, ...houseStyle }], skipDuplicates: true });
}

// An arbitrary constant that names "seeding demo content" among PostgreSQL advisory locks.
const SEED_LOCK = 7_240_411;

// Demo stories go into an empty database only, so a real deployment that has started taking
// stories is never touched. The lock keeps instances that start together from both seeding.
export async function seedDemoStories(client: PrismaClient, now = new Date()): Promise<number> {
  const count = await client.$transaction(
    async (db) => {
      await db.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
      return insertDemoStories(db, now);
    },
    { timeout: 120_000, maxWait: 120_000 },
  );
  if (count > 0) await announcePublicChange();
  return count;
}

async function insertDemoStories(db: Tx, now: Date): Promise<number> {
  if ((await db.story.count()) > 0) return 0;
  await ageDemoFacts(db, now);
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
    // The demo's statistics (/mod/statistik) show these decisions, as they would real ones.
    await recordDecision(db, { kind: "PUBLISH", submittedAt: createdAt, decidedAt: publishedAt });
  }
  return seedStories.length;
}

// The demo shows a fact due for checking, so a new user sees how staleness is marked.
async function ageDemoFacts(db: Tx, now: Date) {
  for (const fact of seedFacts) {
    if (fact.demoVerifiedMonthsAgo === undefined) continue;
    const verifiedAt = new Date(now);
    verifiedAt.setUTCMonth(verifiedAt.getUTCMonth() - fact.demoVerifiedMonthsAgo);
    await db.fact.updateMany({ where: { key: fact.key }, data: { verifiedAt } });
  }
}
