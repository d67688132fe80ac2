// Test-only setup for the moderation integration tests. Everything goes through the project's
// own functions except the moderator row, whose password is irrelevant here.
import { db } from "@/lib/db";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { createStory } from "@/lib/stories/create-story";

export const sampleBody = `${"Jag sökte stöd och fick ett beslut som jag inte förstod. ".repeat(5)}Till slut fick jag hjälp.`;

let counter = 0;

export async function seedModerator(name = "Moderator") {
  counter += 1;
  return db.moderator.create({
    data: { email: `mod${counter}-${Date.now()}@sakligt.test`, name, passwordHash: "unused", role: "MODERATOR" },
    select: { id: true },
  });
}

export async function seedTagsAndTemplates() {
  await seedBaseContent(db);
  const tags = await db.tag.findMany({ orderBy: { slug: "asc" }, select: { id: true, slug: true } });
  const templates = await db.replyTemplate.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, slug: true } });
  return { tags, templates };
}

export async function seedPendingStory({ tagIds, title = "Ett beslut jag inte förstod" }: { tagIds: string[]; title?: string }) {
  const { storyId } = await createStory({ title, body: sampleBody, tagIds, municipalityCode: null, authorRole: "KLIENT" });
  return storyId;
}

export function auditRowsFor(targetId: string) {
  return db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });
}

// Colleague review is on by default and in force from the second active moderator. Tests of the
// single-step flow with two moderators switch it off, as an admin would.
export async function allowSingleStepDecisions() {
  await db.siteSetting.upsert({ where: { id: 1 }, create: { id: 1, colleagueReview: false }, update: { colleagueReview: false } });
}

export async function requireColleagueReview() {
  await db.siteSetting.upsert({ where: { id: 1 }, create: { id: 1, colleagueReview: true }, update: { colleagueReview: true } });
}
