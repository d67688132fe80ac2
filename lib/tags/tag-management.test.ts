import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditRowsFor, seedModerator, seedPendingStory } from "@/test/fixtures/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { createTag } from "./create-tag";
import { deleteTag } from "./delete-tag";
import { listTagsForModeration } from "./list-tags-for-moderation";
import { updateTag } from "./update-tag";

describeEachDatabase("tag management", () => {
  let moderatorId: string;

  beforeAll(async () => {
    moderatorId = (await seedModerator()).id;
  });

  it("creates a tag with an ASCII slug and logs it", async () => {
    const { tagId, slug } = await createTag({ moderatorId, name: "Skola och förskola", description: "Om skolans roll." });
    expect(slug).toBe("skola-och-forskola");
    const [row] = await auditRowsFor(tagId);
    expect(row).toMatchObject({ action: "tag.create", targetType: "tag" });
    expect(row.after).toEqual({ slug, name: "Skola och förskola", description: "Om skolans roll." });
  });

  it("refuses a second tag with the same slug or name with CONFLICT", async () => {
    await createTag({ moderatorId, name: "Äldre", description: "" });
    await expect(createTag({ moderatorId, name: "Aldre", description: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(createTag({ moderatorId, name: "äldre", description: "" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.tag.count({ where: { slug: "aldre" } })).toBe(1);
  });

  it("renames a tag but keeps its slug, logging before and after", async () => {
    const { tagId, slug } = await createTag({ moderatorId, name: "Hemlöshet", description: "" });
    await updateTag({ tagId, moderatorId, name: "Hemlöshet och boende", description: "Om att sakna bostad." });
    const tag = await db.tag.findUniqueOrThrow({ where: { id: tagId } });
    expect(tag).toMatchObject({ slug, name: "Hemlöshet och boende", description: "Om att sakna bostad." });
    const rows = await auditRowsFor(tagId);
    expect(rows.map((row) => row.action)).toEqual(["tag.create", "tag.update"]);
    expect(rows[1].before).toEqual({ name: "Hemlöshet", description: "" });
    expect(rows[1].after).toEqual({ name: "Hemlöshet och boende", description: "Om att sakna bostad." });
    await expect(updateTag({ tagId, moderatorId, name: "Äldre", description: "" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("deletes an unused tag, and refuses one that a story uses", async () => {
    const unused = await createTag({ moderatorId, name: "Tillfällig", description: "" });
    await deleteTag({ tagId: unused.tagId, moderatorId });
    expect(await db.tag.findUnique({ where: { id: unused.tagId } })).toBeNull();
    expect((await auditRowsFor(unused.tagId)).map((row) => row.action)).toEqual(["tag.create", "tag.delete"]);

    const used = await createTag({ moderatorId, name: "Används", description: "" });
    const storyId = await seedPendingStory({ tagIds: [used.tagId] });
    await expect(deleteTag({ tagId: used.tagId, moderatorId })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.tag.findUnique({ where: { id: used.tagId } })).not.toBeNull();
    expect(await db.storyTag.count({ where: { storyId } })).toBe(1);
    expect((await auditRowsFor(used.tagId)).map((row) => row.action)).toEqual(["tag.create"]);

    const listed = (await listTagsForModeration()).find((tag) => tag.id === used.tagId);
    expect(listed?.storyCount).toBe(1);
  });

  it("answers NOT_FOUND for unknown tags", async () => {
    await expect(deleteTag({ tagId: "missing", moderatorId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateTag({ tagId: "missing", moderatorId, name: "Namn", description: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
