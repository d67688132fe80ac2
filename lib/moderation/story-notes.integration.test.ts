import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getPublishedStory } from "@/lib/stories/get-published-story";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";
import { eraseStoryByAuthor } from "@/lib/stories/erase-story-by-author";
import { listStories } from "@/lib/stories/list-stories";
import { createPublishedStory, filler } from "@/test/fixtures/story-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { rowsContaining } from "@/test/search-all-tables";
import { seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { storyNoteSchema } from "./story-note-schema";
import { addStoryNote, listStoryNotes } from "./story-notes";

describeEachDatabase("internal notes on a story", () => {
  let moderatorId: string;
  let tagIds: string[];
  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
  });

  it("lists the notes oldest first with their author, and logs that one was written, not its text", async () => {
    const { storyId } = await createPublishedStory({ moderatorId, title: "Med anteckningar", body: filler, tagIds: [tagIds[0]] });
    await addStoryNote({ storyId, moderatorId, body: "Kontrollerat att kommunen stämmer." });
    await addStoryNote({ storyId, moderatorId, body: "Fråga kollegan om mallen." });
    const notes = await listStoryNotes(storyId);
    expect(notes.map((note) => note.body)).toEqual(["Kontrollerat att kommunen stämmer.", "Fråga kollegan om mallen."]);
    expect(notes.every((note) => note.moderatorName)).toBe(true);
    const log = await db.auditLog.findMany({ where: { action: "story.note", targetId: storyId } });
    expect(log).toHaveLength(2);
    expect(JSON.stringify(log)).not.toContain("Kontrollerat");
  });

  it("never reaches a reader, the API or the author, and is erased with the story", async () => {
    const note = `Intern${Date.now().toString(36)}anteckning`;
    const { storyId, receiptToken } = await createPublishedStory({ moderatorId, title: `Anteckning ${note.slice(-6)}`, body: filler, tagIds: [tagIds[1]] });
    await addStoryNote({ storyId, moderatorId, body: note });
    expect((await rowsContaining(note)).map((hit) => hit.table)).toEqual(["StoryNote"]);

    expect(JSON.stringify(await getPublishedStory({ id: storyId }))).not.toContain(note);
    expect(JSON.stringify(await listStories({}))).not.toContain(note);
    expect(JSON.stringify(await getStoryByReceipt({ token: receiptToken }))).not.toContain(note);

    await eraseStoryByAuthor({ token: receiptToken });
    expect(await rowsContaining(note)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "story.note", targetId: storyId } })).toBe(0);
  });

  it("refuses a note on a story that does not exist, an empty note and one over the limit", async () => {
    await expect(addStoryNote({ storyId: "finns-inte", moderatorId, body: "Hej" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(storyNoteSchema.safeParse({ storyId: "x", body: " \u200b " }).error?.issues[0].message).toBe("noteRequired");
    expect(storyNoteSchema.safeParse({ storyId: "x", body: "x".repeat(2_001) }).error?.issues[0].message).toBe("noteTooLong");
  });
});
