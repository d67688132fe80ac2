import { beforeAll, beforeEach, expect, it } from "vitest";
import { approveComment } from "@/lib/comments/approve-comment";
import { createComment } from "@/lib/comments/create-comment";
import { rejectComment } from "@/lib/comments/reject-comment";
import { db } from "@/lib/db";
import { editStory } from "@/lib/moderation/edit-story";
import { publishStory } from "@/lib/moderation/publish-story";
import { rejectStory } from "@/lib/moderation/reject-story";
import { sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { eraseExpiredStories } from "@/lib/retention/erase-expired-stories";
import { createStory } from "@/lib/stories/create-story";
import { editStoryByAuthor } from "@/lib/stories/edit-story-by-author";
import { eraseStoryByAuthor } from "@/lib/stories/erase-story-by-author";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { createTag } from "@/lib/tags/create-tag";
import { deleteTag } from "@/lib/tags/delete-tag";
import { updateTag } from "@/lib/tags/update-tag";
import { describeEachDatabase } from "@/test/db-harness";
import { announcePublicChange } from "./public-change";
import { readStories, readPublishedStory, readTags, readTagsWithCounts } from "@/lib/reader/public-reads";
import { expectInvalidates, expectKeeps, waitUntilCacheServes } from "@/test/fixtures/public-cache-helpers";

let n = 0;
const unique = (word: string) => `${word} ${Date.now().toString(36)}x${(n += 1)}`;

describeEachDatabase("the public cache retires what every change a reader could see touches", () => {
  let tagIds: string[];
  let moderatorId: string;
  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
  });
  beforeEach(() => waitUntilCacheServes());

  async function sendStory(title = unique("Väntan på beslut")) {
    const { storyId, receiptToken } = await createStory({ title, body: sampleBody, tagIds: [tagIds[0]], municipalityCode: "0180", authorRole: null });
    return { storyId, token: receiptToken, title };
  }
  const publish = (storyId: string, title: string) =>
    publishStory({ storyId, moderatorId, title, body: sampleBody, tagIds: [tagIds[0]], reply: { body: "Tack för att du berättar.", templateId: null } });
  async function publishedStory() {
    const sent = await sendStory();
    await publish(sent.storyId, sent.title);
    return sent;
  }
  const latestTitles = async () => (await readStories({ pageSize: 50 })).stories.map((story) => story.title);
  const countOf = async (tagId: string) => {
    const slug = (await db.tag.findUniqueOrThrow({ where: { id: tagId } })).slug;
    return (await readTagsWithCounts()).find((tag) => tag.slug === slug)?.storyCount;
  };

  // Without this the other cases could pass with no cache at all.
  it("serves repeated reads from memory: a write past the domain functions is not seen until a change is announced", async () => {
    const { storyId, title } = await publishedStory();
    expect(await latestTitles()).toContain(title);
    expect((await readPublishedStory({ id: storyId }))?.title).toBe(title);
    const hidden = unique("Ändrad bakom cachen");
    await db.story.update({ where: { id: storyId }, data: { title: hidden } });
    // The cache serves only while its listener has just proved itself, which a busy machine can
    // delay for a moment.
    await waitUntilCacheServes();
    expect(await latestTitles()).toContain(title);
    expect((await readPublishedStory({ id: storyId }))?.title).toBe(title);
    await announcePublicChange();
    expect(await latestTitles()).toContain(hidden);
    expect((await readPublishedStory({ id: storyId }))?.title).toBe(hidden);
  });

  it("shows a story on the list, its page and its theme's count as soon as it is published", async () => {
    const { storyId, title } = await sendStory();
    const before = await countOf(tagIds[0]);
    expect(await latestTitles()).not.toContain(title);
    expect(await readPublishedStory({ id: storyId })).toBeNull();
    await expectInvalidates(() => publish(storyId, title));
    expect(await latestTitles()).toContain(title);
    expect((await readPublishedStory({ id: storyId }))?.replies).toHaveLength(1);
    expect(await countOf(tagIds[0])).toBe(before! + 1);
  });

  it("removes a withdrawn story from the list, its page and its theme's count at once", async () => {
    const { storyId, token, title } = await publishedStory();
    const before = await countOf(tagIds[0]);
    expect(await latestTitles()).toContain(title);
    expect(await readPublishedStory({ id: storyId })).not.toBeNull();
    await expectInvalidates(() => withdrawStory({ token }));
    expect(await latestTitles()).not.toContain(title);
    expect(await readPublishedStory({ id: storyId })).toBeNull();
    expect(await countOf(tagIds[0])).toBe(before! - 1);
  });

  it("removes a story its author erases at once", async () => {
    const { storyId, token, title } = await publishedStory();
    expect(await latestTitles()).toContain(title);
    expect(await readPublishedStory({ id: storyId })).not.toBeNull();
    await expectInvalidates(() => eraseStoryByAuthor({ token }));
    expect(await latestTitles()).not.toContain(title);
    expect(await readPublishedStory({ id: storyId })).toBeNull();
  });

  it("is kept when retention erases a rejected story, which no reader saw", async () => {
    const { storyId } = await sendStory();
    await rejectStory({ storyId, moderatorId, reason: "Går inte att publicera." });
    await readStories({});
    const erased = await expectKeeps(() =>
      eraseExpiredStories({ rejectedDays: 1, withdrawnDays: 1, now: new Date(Date.now() + 2 * 86_400_000) }),
    );
    expect(erased).toBeGreaterThanOrEqual(1);
  });

  it("shows a comment once approved, and is kept when one is rejected", async () => {
    const { storyId } = await publishedStory();
    const { commentId } = await createComment({ storyId, body: "Tack, det här hjälpte mig." });
    expect((await readPublishedStory({ id: storyId }))?.comments).toEqual([]);
    await expectInvalidates(() => approveComment({ commentId, moderatorId }));
    expect((await readPublishedStory({ id: storyId }))?.comments.map((comment) => comment.body)).toEqual(["Tack, det här hjälpte mig."]);
    const other = await createComment({ storyId, body: "Ett annat svar." });
    await expectKeeps(() => rejectComment({ commentId: other.commentId, moderatorId }));
  });

  it("shows a theme that is created, renamed or deleted in both theme lists at once", async () => {
    const name = unique("Tema");
    const names = async () => [(await readTags()).map((tag) => tag.name), (await readTagsWithCounts()).map((tag) => tag.name)];
    expect((await names()).flat()).not.toContain(name);
    const { tagId } = await expectInvalidates(() => createTag({ name, description: "", moderatorId }));
    expect(await names()).toEqual([expect.arrayContaining([name]), expect.arrayContaining([name])]);
    const renamed = `${name} nytt`;
    await expectInvalidates(() => updateTag({ tagId, name: renamed, description: "", moderatorId }));
    expect((await names()).flat()).not.toContain(name);
    expect(await names()).toEqual([expect.arrayContaining([renamed]), expect.arrayContaining([renamed])]);
    await expectInvalidates(() => deleteTag({ tagId, moderatorId }));
    expect((await names()).flat()).not.toContain(renamed);
  });

  it("is kept through moderators' and authors' edits of a pending story and its rejection", async () => {
    const { storyId, token, title } = await sendStory();
    await expectKeeps(() => editStoryByAuthor({ token, title: `${title} ändrad`, body: sampleBody }));
    await expectKeeps(() => editStory({ storyId, moderatorId, title: `${title} redigerad`, body: sampleBody, tagIds: [tagIds[0]] }));
    await expectKeeps(() => rejectStory({ storyId, moderatorId, reason: "Går inte att publicera." }));
  });

  // A write past the domain functions shows which reads were served from memory.
  it("retires only the withdrawn story's reads: another story's page stays kept", async () => {
    const kept = await publishedStory();
    const gone = await publishedStory();
    expect((await readPublishedStory({ id: kept.storyId }))?.title).toBe(kept.title);
    expect((await readPublishedStory({ id: gone.storyId }))?.title).toBe(gone.title);
    const hidden = unique("Ändrad bakom cachen");
    await db.story.update({ where: { id: kept.storyId }, data: { title: hidden } });
    await waitUntilCacheServes();
    await expectInvalidates(() => withdrawStory({ token: gone.token }));
    expect(await readPublishedStory({ id: gone.storyId })).toBeNull();
    expect(await latestTitles()).not.toContain(gone.title);
    expect((await readPublishedStory({ id: kept.storyId }))?.title).toBe(kept.title);
    await announcePublicChange();
    expect((await readPublishedStory({ id: kept.storyId }))?.title).toBe(hidden);
  });

  it("hands every reader the same frozen value, so no request can change another's", async () => {
    const page = await readStories({ pageSize: 5 });
    await waitUntilCacheServes();
    expect(await readStories({ pageSize: 5 })).toBe(page);
    expect(Object.isFrozen(page.stories)).toBe(true);
    expect(() => (page.stories as unknown[]).push(1)).toThrow();
  });
});
