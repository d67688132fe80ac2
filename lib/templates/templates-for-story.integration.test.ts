import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadReviewView } from "@/lib/moderation/review-view";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { createStory } from "@/lib/stories/create-story";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";

const body = "Sosiaalitoimistossa minua kohdeltiin tylysti, eikä kukaan kertonut, mitä seuraavaksi tapahtuu. ".repeat(3);

describeEachDatabase("the reply composer's templates for a story's language", () => {
  let tagId: string;
  beforeEach(async () => {
    await truncateAll();
    await seedBaseContent(db);
    tagId = (await db.tag.findFirstOrThrow({ where: { slug: "bemotande" } })).id;
  });

  async function offered(language: "sv" | "fi" | "en") {
    const { storyId } = await createStory({ title: "Kohtelu toimistossa", body, tagIds: [tagId], municipalityCode: null, authorRole: null, language });
    const view = await loadReviewView({ storyId });
    if (view?.mode !== "edit") throw new Error("expected the edit view");
    return view.replyTemplates.map((template) => `${template.language}:${template.slug}`);
  }

  it("offers a Finnish story the Finnish templates first, then the Swedish ones", async () => {
    expect(await offered("fi")).toEqual([
      "fi:bemotande-fi",
      "sv:bemotande",
      "sv:overklaga-beslut",
      "sv:oro-for-barn",
      "sv:personalens-arbetsmiljo",
      "en:bemotande-en",
    ]);
  });

  it("offers an English story the English templates first, and a Swedish story the Swedish ones", async () => {
    expect((await offered("en"))[0]).toBe("en:bemotande-en");
    expect((await offered("en"))[1]).toBe("sv:bemotande");
    const swedish = await offered("sv");
    expect(swedish.slice(0, 4)).toEqual(["sv:bemotande", "sv:overklaga-beslut", "sv:oro-for-barn", "sv:personalens-arbetsmiljo"]);
  });
});
