import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listTagsWithCounts } from "@/lib/reader/list-tags-with-counts";
import { listTags } from "@/lib/tags/list-tags";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { createStory } from "./create-story";
import { editStoryByAuthor } from "./edit-story-by-author";
import { getPublishedStory } from "./get-published-story";
import { listStories } from "./list-stories";
import { storySubmissionSchema } from "./schemas";

const body = "Sosiaalitoimistossa minua kohdeltiin ystävällisesti, mutta päätös viipyi kuukausia. ".repeat(4);

describeEachDatabase("a story's language and its themes in the reader's language", () => {
  let tagIds: Record<string, string>;
  beforeEach(async () => {
    await truncateAll();
    const tags = [
      { slug: "aldreomsorg", name: "Äldreomsorg", nameFi: "Vanhustenhuolto", nameEn: "Elderly care", description: "Om äldreomsorg", descriptionFi: "Vanhustenhuollosta", descriptionEn: "About elderly care" },
      { slug: "bemotande", name: "Bemötande", nameFi: "Kohtelu", nameEn: "", description: "Om bemötande", descriptionFi: "", descriptionEn: "" },
      { slug: "zeta", name: "Zeta", nameFi: "Zeta", nameEn: "Zeta", description: "", descriptionFi: "", descriptionEn: "" },
      { slug: "akta", name: "Äkta", nameFi: "Äänestys", nameEn: "Ärende", description: "", descriptionFi: "", descriptionEn: "" },
    ];
    await db.tag.createMany({ data: tags });
    tagIds = Object.fromEntries((await db.tag.findMany({ select: { id: true, slug: true } })).map((tag) => [tag.slug, tag.id]));
  });

  async function send(language?: string) {
    const input = storySubmissionSchema.parse({
      title: "Päätös viipyi",
      body,
      tagIds: [tagIds.aldreomsorg, tagIds.bemotande, tagIds.zeta],
      municipalityCode: "",
      authorRole: "",
      consent: true,
      ...(language === undefined ? {} : { language }),
    });
    return createStory(input);
  }

  it("stores the language the author chose, and Swedish when none is given", async () => {
    const fi = await send("fi");
    const en = await send("en");
    const none = await send();
    const language = async (id: string) => (await db.story.findUniqueOrThrow({ where: { id }, select: { language: true } })).language;
    expect(await language(fi.storyId)).toBe("fi");
    expect(await language(en.storyId)).toBe("en");
    expect(await language(none.storyId)).toBe("sv");
  });

  it("keeps the language through the author's own edit", async () => {
    const { storyId, receiptToken } = await send("fi");
    await editStoryByAuthor({ token: receiptToken, title: "Päätös viipyi pitkään", body });
    expect(await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { title: true, language: true } })).toEqual({ title: "Päätös viipyi pitkään", language: "fi" });
  });

  it("gives readers the story's language and its themes named and sorted in the page's language", async () => {
    const { storyId } = await send("fi");
    await db.story.update({ where: { id: storyId }, data: { status: "PUBLISHED", publishedAt: new Date() } });

    const fi = await getPublishedStory({ id: storyId, locale: "fi" });
    expect(fi?.language).toBe("fi");
    // Finnish order: "Z" before "Ä" and "K" before "V".
    expect(fi?.tags.map((tag) => tag.name)).toEqual(["Kohtelu", "Vanhustenhuolto", "Zeta"]);
    // No English name for Bemötande: its Swedish one, sorted in English among the others.
    const en = await listStories({ locale: "en" });
    expect(en.stories[0].language).toBe("fi");
    expect(en.stories[0].tags.map((tag) => tag.name)).toEqual(["Bemötande", "Elderly care", "Zeta"]);
    const sv = await getPublishedStory({ id: storyId });
    expect(sv?.tags.map((tag) => tag.name)).toEqual(["Bemötande", "Zeta", "Äldreomsorg"]);
  });

  it("lists themes by their name in the page's language, in its order, with Swedish where none is written", async () => {
    expect((await listTags({ locale: "fi" })).map((tag) => tag.name)).toEqual(["Kohtelu", "Vanhustenhuolto", "Zeta", "Äänestys"]);
    expect((await listTags({ locale: "en" })).map((tag) => tag.name)).toEqual(["Ärende", "Bemötande", "Elderly care", "Zeta"]);
    expect((await listTags()).map((tag) => tag.name)).toEqual(["Bemötande", "Zeta", "Äkta", "Äldreomsorg"]);
    const withCounts = await listTagsWithCounts({ locale: "fi" });
    expect(withCounts.find((tag) => tag.slug === "aldreomsorg")).toMatchObject({ name: "Vanhustenhuolto", description: "Vanhustenhuollosta" });
    expect(withCounts.find((tag) => tag.slug === "bemotande")).toMatchObject({ name: "Kohtelu", description: "Om bemötande" });
  });
});
