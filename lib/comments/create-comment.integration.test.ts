import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedBaseContent, seedDemoStories } from "@/lib/seed/seed-database";
import { createStory } from "@/lib/stories/create-story";
import { listTags } from "@/lib/tags/list-tags";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { createComment } from "./create-comment";

describeEachDatabase("a reader comments on a story", () => {
  let publishedId: string;
  let pendingId: string;
  beforeEach(async () => {
    await truncateAll();
    await seedBaseContent(db);
    await seedDemoStories(db);
    publishedId = (await db.story.findFirstOrThrow({ where: { status: "PUBLISHED" } })).id;
    const [tag] = await listTags();
    ({ storyId: pendingId } = await createStory({
      title: "Väntar på granskning",
      body: "En berättelse som ingen moderator har läst ännu. ".repeat(6),
      tagIds: [tag.id],
      municipalityCode: null,
      authorRole: null,
    }));
  });

  it("stores a PENDING comment on a published story", async () => {
    const before = await db.comment.count();
    const { commentId } = await createComment({ storyId: publishedId, body: "Tack, det här kände jag igen." });
    const stored = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(stored).toMatchObject({ storyId: publishedId, body: "Tack, det här kände jag igen.", status: "PENDING", decidedAt: null });
    expect(await db.comment.count()).toBe(before + 1);
  });

  it("refuses an unpublished, rejected or unknown story with NOT_FOUND and stores nothing", async () => {
    const before = await db.comment.count();
    await expect(createComment({ storyId: pendingId, body: "Hej" })).rejects.toMatchObject({ name: "AppError", code: "NOT_FOUND" });
    // Set directly: this test is about comments, not about how a story gets rejected.
    await db.story.update({ where: { id: pendingId }, data: { status: "REJECTED", rejectionReason: "Innehåller namn." } });
    await expect(createComment({ storyId: pendingId, body: "Hej" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(createComment({ storyId: "no-such-story", body: "Hej" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.comment.count()).toBe(before);
  });
});
