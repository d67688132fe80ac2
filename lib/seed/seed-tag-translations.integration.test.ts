import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";

describeEachDatabase("seeding the themes' Finnish and English names", () => {
  beforeEach(truncateAll);

  it("fills them on a deployment seeded before, without overwriting a moderator's text", async () => {
    // Themes as an older version seeded them: Swedish only; one renamed, one translated by hand.
    await db.tag.createMany({
      data: [
        { slug: "bostad", name: "Bostad", description: "Om boende." },
        { slug: "aldreomsorg", name: "Äldreomsorg", description: "", nameFi: "Vanhusten hoiva" },
        { slug: "bemotande", name: "Bemötande och respekt", description: "" },
      ],
    });
    await seedBaseContent(db);
    const bySlug = Object.fromEntries((await db.tag.findMany()).map((tag) => [tag.slug, tag]));
    expect(bySlug.bostad).toMatchObject({ name: "Bostad", description: "Om boende.", nameFi: "Asuminen", nameEn: "Housing" });
    expect(bySlug.bostad.descriptionFi).not.toBe("");
    expect(bySlug.aldreomsorg).toMatchObject({ nameFi: "Vanhusten hoiva", nameEn: "Care for older people" });
    expect(bySlug.bemotande).toMatchObject({ nameFi: "", nameEn: "", descriptionFi: "" });
    // A fresh theme list gets them at once.
    expect(bySlug["barn-och-familj"]).toMatchObject({ nameFi: "Lapset ja perhe", nameEn: "Children and families" });
  });

  it("seeds a Finnish and an English version of a reply template", async () => {
    await seedBaseContent(db);
    const templates = await db.replyTemplate.findMany({ where: { language: { in: ["fi", "en"] } }, select: { language: true, title: true } });
    expect(templates.map((template) => template.language).sort()).toEqual(["en", "fi"]);
  });
});
