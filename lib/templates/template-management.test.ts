import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auditRowsFor, seedModerator } from "@/test/fixtures/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { createTemplate } from "./create-template";
import { listActiveTemplates, listTemplates } from "./list-templates";
import { updateTemplate } from "./update-template";

const body = "Tack för att du berättar. {{reason}} Vänliga hälsningar, moderatorerna";

describeEachDatabase("template management", () => {
  let moderatorId: string;

  beforeAll(async () => {
    moderatorId = (await seedModerator()).id;
  });

  it("creates templates with unique slugs from their titles and logs them", async () => {
    const first = await createTemplate({ moderatorId, title: "Överklaga igen", body, sortOrder: 2, active: true });
    const second = await createTemplate({ moderatorId, title: "Överklaga  igen!", body, sortOrder: 1, active: true });
    expect(first.slug).toBe("overklaga-igen");
    expect(second.slug).toBe("overklaga-igen-2");
    const [row] = await auditRowsFor(first.templateId);
    expect(row).toMatchObject({ action: "template.create", targetType: "template" });
    expect(row.after).toMatchObject({ slug: "overklaga-igen", title: "Överklaga igen", sortOrder: 2, active: true });
  });

  it("updates a template, logs only what changed, and hides it from the composer when deactivated", async () => {
    const { templateId, slug } = await createTemplate({ moderatorId, title: "Tillfälligt svar", body, sortOrder: 0, active: true });
    expect((await listActiveTemplates()).map((template) => template.id)).toContain(templateId);

    await updateTemplate({ templateId, moderatorId, title: "Tillfälligt svar", body, sortOrder: 7, active: false });
    const stored = await db.replyTemplate.findUniqueOrThrow({ where: { id: templateId } });
    expect(stored).toMatchObject({ slug, sortOrder: 7, active: false });
    const rows = await auditRowsFor(templateId);
    expect(rows[1]).toMatchObject({ action: "template.update" });
    expect(rows[1].before).toEqual({ sortOrder: 0, active: true });
    expect(rows[1].after).toEqual({ sortOrder: 7, active: false });

    expect((await listActiveTemplates()).map((template) => template.id)).not.toContain(templateId);
    expect((await listTemplates()).map((template) => template.id)).toContain(templateId);
    expect(await updateTemplate({ templateId, moderatorId, title: "Tillfälligt svar", body, sortOrder: 7, active: false })).toEqual({ changed: false });
    expect(await auditRowsFor(templateId)).toHaveLength(2);
  });

  it("offers active templates in sort order", async () => {
    const late = await createTemplate({ moderatorId, title: "Sorteras sist", body, sortOrder: 300, active: true });
    const early = await createTemplate({ moderatorId, title: "Sorteras först", body, sortOrder: 100, active: true });
    const middle = await createTemplate({ moderatorId, title: "Sorteras i mitten", body, sortOrder: 200, active: true });
    const wanted = new Set([late.templateId, early.templateId, middle.templateId]);
    const order = (await listActiveTemplates()).map((template) => template.id).filter((id) => wanted.has(id));
    expect(order).toEqual([early.templateId, middle.templateId, late.templateId]);
  });

  it("answers NOT_FOUND for an unknown template", async () => {
    await expect(updateTemplate({ templateId: "missing", moderatorId, title: "Titel", body, sortOrder: 0, active: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
