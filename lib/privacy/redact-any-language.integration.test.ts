import { beforeEach, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { listQueue } from "@/lib/moderation/list-queue";
import { seedBaseContent, seedDemoStories } from "@/lib/seed/seed-database";
import { createStory } from "@/lib/stories/create-story";
import { listTags } from "@/lib/tags/list-tags";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { scanAllTables, tablesContaining } from "@/test/search-all-tables";

// Date-valid numbers with a WRONG check digit (8503122384 would need a 7), a Finnish identity
// code with its right check character, and made-up phone numbers and addresses.
const mistyped = "19850312-2384";
const finnishCode = "131052-308T";
const finnishPhone = "+358 40 123 4567";
const britishPhone = "07700 900123";
const email = "matti.virtanen@example.fi";
const secrets = [mistyped, "198503122384", "8503122384", finnishCode, finnishPhone, "0401234567", britishPhone, "07700900123", email];

async function newStory(title: string, body: string): Promise<string> {
  const [tag] = await listTags();
  const { storyId } = await createStory({ title, body, tagIds: [tag.id], municipalityCode: null, authorRole: null });
  return storyId;
}

describeEachDatabase("personal data is replaced before storage in any language", () => {
  beforeEach(async () => {
    await truncateAll();
    await seedBaseContent(db);
  });

  it("createStory replaces a Finnish code, a mistyped personnummer near a cue, a Finnish phone and an e-mail", async () => {
    const storyId = await newStory(
      "Henkilötunnukseni julkisesti",
      `Ruotsalainen henkilötunnukseni on ${mistyped} ja suomalainen ${finnishCode}. Sosiaalitoimisto ` +
        `soitti numeroon ${finnishPhone} ja kirjoitti osoitteeseen ${email}, vaikka pyysin, ettei niin tehdä.`,
    );
    // The scan must see the story, or an empty result would prove nothing.
    expect((await scanAllTables()).some(({ row }) => row.includes(storyId))).toBe(true);
    expect(await tablesContaining(secrets)).toEqual([]);
    const stored = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(stored.body).toBe(
      "Ruotsalainen henkilötunnukseni on [personnummer] ja suomalainen [personnummer]. Sosiaalitoimisto " +
        "soitti numeroon [telefonnummer] ja kirjoitti osoitteeseen [e-postadress], vaikka pyysin, ettei niin tehdä.",
    );
    expect(stored.autoReplacements).toEqual({ personnummer: 2, phone: 1, email: 1 });
  });

  it("createComment replaces a mistyped personnummer near an English cue and a British phone number", async () => {
    await seedDemoStories(db);
    const published = await db.story.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const { commentId } = await createComment({
      storyId: published.id,
      body: `Same here. They read out my personal number ${mistyped} in the waiting room and then rang me on ${britishPhone}.`,
    });
    expect((await scanAllTables()).some(({ row }) => row.includes(commentId))).toBe(true);
    expect(await tablesContaining(secrets)).toEqual([]);
    const stored = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(stored.body).toBe("Same here. They read out my personal number [personnummer] in the waiting room and then rang me on [telefonnummer].");
  });

  it("keeps an invoice number with a date-valid start as written", async () => {
    const body = "Fakturanummer 8503122384 från hemtjänsten var fel, och ingen ville rätta det på flera månader.";
    const storyId = await newStory("En faktura", body);
    const stored = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(stored.body).toBe(body);
    expect(stored.autoReplacements).toEqual({});
  });

  it("flags a Finnish or English name in context for the moderators exactly as a Swedish one", async () => {
    const filler = " Det här är resten av berättelsen, lång nog för formuläret.";
    const stories = {
      sv: await newStory("Ett samtal", `Handläggaren Tiina ringde aldrig tillbaka.${filler}`),
      fi: await newStory("Puhelu", `Käsittelijältäni Tiinalta ei kuulunut mitään kuukauteen.${filler}`),
      en: await newStory("A call", `My caseworker, Tiina, never called back.${filler}`),
    };
    const queue = (await listQueue()).stories;
    const markers = (id: string) => queue.find((story) => story.id === id)!.privacy;
    // Names are suggestions: the text is stored as written and the queue shows one name to remove.
    for (const id of Object.values(stories)) {
      expect(markers(id)).toEqual(markers(stories.sv));
      expect((await db.story.findUniqueOrThrow({ where: { id } })).body).toContain("Tiina");
    }
    expect(markers(stories.sv)).toEqual({ remaining: { name: 1 }, replaced: {} });
  });
});
