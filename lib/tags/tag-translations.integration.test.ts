import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditRowsFor, seedModerator } from "@/test/fixtures/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { createTag } from "./create-tag";
import { updateTagActionSchema } from "./schemas";
import { updateTag } from "./update-tag";

describeEachDatabase("a theme's Finnish and English name and description", () => {
  let moderatorId: string;
  beforeAll(async () => {
    moderatorId = (await seedModerator()).id;
  });

  it("are saved from the moderator's form and audited in the same change, before and after", async () => {
    const { tagId } = await createTag({ moderatorId, name: "Barn och unga", description: "Om barn." });
    const input = updateTagActionSchema.parse({
      tagId,
      name: "Barn och unga",
      description: "Om barn.",
      nameFi: "  Lapset   ja nuoret ",
      nameEn: "Children and young people",
      descriptionFi: "Lapsista.",
      descriptionEn: "",
    });
    await updateTag({ ...input, moderatorId });
    expect(await db.tag.findUniqueOrThrow({ where: { id: tagId }, select: { nameFi: true, nameEn: true, descriptionFi: true, descriptionEn: true } })).toEqual({
      nameFi: "Lapset ja nuoret",
      nameEn: "Children and young people",
      descriptionFi: "Lapsista.",
      descriptionEn: "",
    });
    const rows = await auditRowsFor(tagId);
    expect(rows.map((row) => row.action)).toEqual(["tag.create", "tag.update"]);
    expect(rows[1].before).toEqual({ nameFi: "", nameEn: "", descriptionFi: "" });
    expect(rows[1].after).toEqual({ nameFi: "Lapset ja nuoret", nameEn: "Children and young people", descriptionFi: "Lapsista." });
  });

  it("are kept when a caller renames the theme without them", async () => {
    const { tagId } = await createTag({ moderatorId, name: "Boende", description: "", nameFi: "Asuminen" });
    await updateTag({ tagId, moderatorId, name: "Boende och bostad", description: "" });
    expect(await db.tag.findUniqueOrThrow({ where: { id: tagId }, select: { name: true, nameFi: true } })).toEqual({ name: "Boende och bostad", nameFi: "Asuminen" });
  });

  it("are refused beside their field when too long or too short", () => {
    const result = updateTagActionSchema.safeParse({ tagId: "c".repeat(25), name: "Boende", nameFi: "x".repeat(61), nameEn: "x", descriptionEn: "y".repeat(301) });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byField).toMatchObject({ nameFi: "nameTooLong", nameEn: "nameTooShort", descriptionEn: "descriptionTooLong" });
  });
});
