import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { readerStoryWhere } from "@/lib/stories/visibility";
import { seedStories, seedTags, seedTemplates } from "@/prisma/seed-data";
import { describeEachDatabase } from "@/test/db-harness";
import { seedBaseContent, seedDemoStories } from "./seed-database";

describeEachDatabase("seeding", () => {
  it("adds themes and templates once, and keeps a moderator's edits", async () => {
    await seedBaseContent(db);
    await db.replyTemplate.update({ where: { slug: "bemotande" }, data: { title: "Ändrad av en moderator" } });
    await seedBaseContent(db);
    expect(await db.tag.count()).toBe(seedTags.length);
    expect(await db.replyTemplate.count()).toBe(seedTemplates.length);
    expect((await db.replyTemplate.findUniqueOrThrow({ where: { slug: "bemotande" } })).title).toBe(
      "Ändrad av en moderator",
    );
  });

  it("seeds demo stories exactly once, even when two instances start together", async () => {
    const [first, second] = await Promise.all([seedDemoStories(db), seedDemoStories(db)]);
    expect(first + second).toBe(seedStories.length);
    expect(await seedDemoStories(db)).toBe(0);
    expect(await db.story.count({ where: readerStoryWhere })).toBe(seedStories.length);
    expect(await db.story.count()).toBe(seedStories.length);
  });
});
