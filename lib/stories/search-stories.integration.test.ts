import { beforeAll, expect, it } from "vitest";
import { approveComment } from "@/lib/comments/approve-comment";
import { createComment } from "@/lib/comments/create-comment";
import { rejectComment } from "@/lib/comments/reject-comment";
import { db } from "@/lib/db";
import { rejectStory } from "@/lib/moderation/reject-story";
import { seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { createStory } from "./create-story";
import { eraseStoryByAuthor } from "./erase-story-by-author";
import { listStories } from "./list-stories";
import { parseSearchText } from "./search-query";
import { searchStories } from "./search-stories";
import { createPublishedStory, filler } from "@/test/fixtures/story-fixtures";
import { withdrawStory } from "./withdraw-story";

// Searches the way /sok and /api/v1/search do: the text through parseSearchText first.
async function search(text: string, filter: { tagSlug?: string; municipalityCode?: string } = {}) {
  const parsed = parseSearchText(text);
  if (!parsed.ok) throw new Error(`refused: ${parsed.error}`);
  return listStories({ search: parsed.text, filter });
}
const titlesOf = async (text: string, filter?: { tagSlug?: string; municipalityCode?: string }) =>
  (await search(text, filter)).stories.map((story) => story.title);

describeEachDatabase("Swedish full-text search", () => {
  let moderatorId: string;
  let tags: { id: string; slug: string }[];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    tags = (await seedTagsAndTemplates()).tags;
    moderatorId = (await seedModerator()).id;
    const publish = async (title: string, body: string, tagIds: string[] = [tags[2].id], municipalityCode: string | null = null) => {
      ids[title] = (await createPublishedStory({ moderatorId, title, body, tagIds, municipalityCode })).storyId;
    };
    await publish("Överklagandet av mitt beslut", `${filler}Det gällde försörjningsstöd.`, [tags[0].id], "0180");
    await publish("Ett avslag", `${filler}Jag överklagade beslutet om försörjningsstöd till förvaltningsrätten.`, [tags[1].id], "1480");
    await publish("Om bistånd", `${filler}Jag fick ekonomiskt bistånd efter tre veckor.`, [tags[0].id], "1480");
    await publish("Bistånd igen", `${filler}Bistånd som inte var ekonomiskt utan gällde hemtjänst.`, [tags[1].id]);
    await publish("Boendet", `${filler}Vi fick boendestöd till slut.`);
    await publish("Svaret", `${filler}Ingenting särskilt i själva texten.`);
  });

  it("finds other forms of a word (Swedish stemming), the title above the body", async () => {
    expect(await titlesOf("överklagade")).toEqual(["Överklagandet av mitt beslut", "Ett avslag"]);
    expect(await titlesOf("överklagandet")).toEqual(["Överklagandet av mitt beslut", "Ett avslag"]);
  });

  it("matches an exact phrase, excludes a word and reads Swedish eller as or", async () => {
    expect(await titlesOf('"ekonomiskt bistånd"')).toEqual(["Om bistånd"]);
    expect((await titlesOf("bistånd")).sort()).toEqual(["Bistånd igen", "Om bistånd"]);
    expect(await titlesOf("försörjningsstöd -förvaltningsrätten")).toEqual(["Överklagandet av mitt beslut"]);
    expect((await titlesOf("hemtjänst eller boendestöd")).sort()).toEqual(["Bistånd igen", "Boendet"]);
    expect(await titlesOf("hemtjänst boendestöd")).toEqual([]);
  });

  it("combines the search with the theme and municipality filters", async () => {
    expect(await titlesOf("försörjningsstöd", { tagSlug: tags[1].slug })).toEqual(["Ett avslag"]);
    expect(await titlesOf("försörjningsstöd", { municipalityCode: "0180" })).toEqual(["Överklagandet av mitt beslut"]);
    expect(await titlesOf("bistånd", { tagSlug: tags[0].slug, municipalityCode: "1480" })).toEqual(["Om bistånd"]);
    expect(await titlesOf("bistånd", { tagSlug: "finns-inte" })).toEqual([]);
  });

  it("marks the words found in a snippet of plain text parts", async () => {
    const [hit] = (await search("förvaltningsrätten")).stories;
    expect(hit.snippet?.filter((part) => part.match).map((part) => part.text)).toEqual(["förvaltningsrätten"]);
    expect(hit.snippet?.map((part) => part.text).join("")).toContain("Jag överklagade beslutet om försörjningsstöd");
  });

  it("never finds a pending, rejected, withdrawn or erased story", async () => {
    const word = "zebralyckan";
    const make = () => createStory({ title: `Om ${word}`, body: `${filler}${word}`, tagIds: [tags[2].id], municipalityCode: null, authorRole: null });
    await make();
    const rejected = await make();
    await rejectStory({ storyId: rejected.storyId, moderatorId, reason: "Innehöll namn" });
    const withdrawn = await createPublishedStory({ moderatorId, title: `Återtagen ${word}`, body: filler, tagIds: [tags[2].id] });
    const erased = await createPublishedStory({ moderatorId, title: `Raderad ${word}`, body: filler, tagIds: [tags[2].id] });
    const visible = await createPublishedStory({ moderatorId, title: `Synlig ${word}`, body: filler, tagIds: [tags[2].id] });
    expect((await titlesOf(word)).sort()).toEqual([`Raderad ${word}`, `Synlig ${word}`, `Återtagen ${word}`]);
    await withdrawStory({ token: withdrawn.receiptToken });
    await eraseStoryByAuthor({ token: erased.receiptToken });
    expect(await titlesOf(word)).toEqual([`Synlig ${word}`]);
    await db.story.update({ where: { id: visible.storyId }, data: { status: "WITHDRAWN" } });
    expect(await titlesOf(word)).toEqual([]);
  });

  it("finds a story by its published reply and approved comments, never by a rejected or pending one", async () => {
    const story = ids.Svaret;
    expect(await titlesOf("rättshjälp")).toEqual([]);
    const approved = await createComment({ storyId: story, body: "Jag fick rättshjälp när jag överklagade." });
    const rejected = await createComment({ storyId: story, body: "Ett hemligtord som aldrig visas." });
    await createComment({ storyId: story, body: "Ett väntandeord som inte är granskat." });
    expect(await titlesOf("rättshjälp")).toEqual([]);
    await approveComment({ commentId: approved.commentId, moderatorId });
    await rejectComment({ commentId: rejected.commentId, moderatorId, reason: "Hot" });
    expect(await titlesOf("rättshjälp")).toEqual(["Svaret"]);
    expect(await titlesOf("hemligtord")).toEqual([]);
    expect(await titlesOf("väntandeord")).toEqual([]);
    // The moderator's published reply (written by createPublishedStory) is searchable too.
    expect((await titlesOf("moderatorerna")).length).toBeGreaterThanOrEqual(6);
  });

  it("gives the same newest candidates whether the first step's window or the planner finds them", async () => {
    // Nine stories with both words, published a day apart, and three with only one of them.
    const start = Date.UTC(2031, 0, 1);
    const matching: string[] = [];
    for (let i = 0; i < 12; i++) {
      const both = i % 4 !== 3;
      const { storyId } = await createPublishedStory({
        moderatorId,
        title: `Kvarnhjul ${i}`,
        body: `${filler}${both ? "Kvarnhjulet stod stilla vid den stenlagda gården." : "Kvarnhjulet stod stilla."}`,
        tagIds: [tags[3].id],
        now: new Date(start + i * 86_400_000),
      });
      if (both) matching.push(storyId);
    }
    const newestFive = matching.slice(-5).sort();
    const text = (parseSearchText("kvarnhjul stenlagd") as { text: string }).text;
    // A cap of 4 ranks the newest 5 matches (one more than the cap, to tell "more than 4").
    const runs = await Promise.all(
      [0, 3, 6, 1000].map((recentWindow) => searchStories({ text, offset: 0, limit: 10, candidates: 4, recentWindow })),
    );
    for (const run of runs) {
      expect(run.total).toBe(5);
      expect(run.hits.map((hit) => hit.id).sort()).toEqual(newestFive);
      expect(run.hits).toEqual(runs[0].hits);
    }
    // Fewer matches than the cap: every window gives all of them.
    const all = await Promise.all(
      [0, 3, 1000].map((recentWindow) => searchStories({ text, offset: 0, limit: 20, candidates: 50, recentWindow })),
    );
    for (const run of all) {
      expect(run.total).toBe(9);
      expect(run.hits.map((hit) => hit.id).sort()).toEqual([...matching].sort());
    }
    // A single word goes to the planner whatever the window; the answer is the same.
    const one = (parseSearchText("stenlagda") as { text: string }).text;
    const single = await Promise.all([0, 1000].map((recentWindow) => searchStories({ text: one, offset: 0, limit: 10, candidates: 4, recentWindow })));
    expect(single[0]).toEqual(single[1]);
    expect(single[0].hits.map((hit) => hit.id).sort()).toEqual(newestFive);
  });

  it("answers a query with only common words with no results rather than an error", async () => {
    expect(await titlesOf("och att")).toEqual([]);
  });
});
