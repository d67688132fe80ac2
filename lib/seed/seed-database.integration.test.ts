import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { readerStoryWhere } from "@/lib/stories/visibility";
import { listStaleFacts } from "@/lib/facts/list-facts";
import { templateFactKeys } from "@/lib/templates/render-template";
import { seedFacts, seedHouseStyle as houseStyle, seedStories, seedTags, seedTemplates } from "@/prisma/seed-data";
import { describeEachDatabase } from "@/test/db-harness";
import { seedBaseContent, seedDemoStories, seedHouseStyle } from "./seed-database";

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

  it("gives a fresh database the facts, and templates holding only the middle, each fact they quote seeded", async () => {
    await seedBaseContent(db);
    await seedBaseContent(db);
    expect(await db.fact.count()).toBe(seedFacts.length);
    expect((await db.fact.findUniqueOrThrow({ where: { key: "ivo-vaxel" } })).value).toBe("010-788 50 00");
    const keys = new Set(seedFacts.map((fact) => fact.key));
    for (const template of seedTemplates.filter((t) => t.slug !== "kan-inte-publicera")) {
      expect(template.body.startsWith(houseStyle.replyOpening)).toBe(false);
      expect(template.body.endsWith(houseStyle.replyClosing)).toBe(false);
      expect(templateFactKeys(template.body).every((key) => keys.has(key))).toBe(true);
    }
    expect(templateFactKeys(seedTemplates.map((t) => t.body).join(" ")).length).toBeGreaterThan(3);

    await db.siteSetting.deleteMany();
    await seedHouseStyle(db);
    expect(await db.siteSetting.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject(houseStyle);
    // An admin's later choice, even none, is kept at the next start.
    await db.siteSetting.update({ where: { id: 1 }, data: { replyOpening: "" } });
    await seedHouseStyle(db);
    expect((await db.siteSetting.findUniqueOrThrow({ where: { id: 1 } })).replyOpening).toBe("");
    await db.siteSetting.deleteMany();
  });

  it("seeds demo stories exactly once, even when two instances start together", async () => {
    const [first, second] = await Promise.all([seedDemoStories(db), seedDemoStories(db)]);
    expect(first + second).toBe(seedStories.length);
    expect(await seedDemoStories(db)).toBe(0);
    expect(await db.story.count({ where: readerStoryWhere })).toBe(seedStories.length);
    expect(await db.story.count()).toBe(seedStories.length);
    // One demo fact is due for checking, so a new user sees the marking; demo replies quote facts.
    expect((await listStaleFacts()).map((fact) => fact.key)).toEqual(seedFacts.filter((fact) => fact.demoVerifiedMonthsAgo).map((fact) => fact.key));
    expect(await db.reply.count({ where: { body: { contains: "010-788 50 00" }, publishedAt: { not: null } } })).toBeGreaterThan(0);
  });
});
