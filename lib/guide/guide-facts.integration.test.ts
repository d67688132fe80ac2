import { beforeAll, beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateFact } from "@/lib/facts/update-fact";
import { createFactSchema, updateFactActionSchema } from "@/lib/facts/schemas";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { readGuideFacts, readPublicFact } from "@/lib/reader/public-reads";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { renderTemplate } from "@/lib/templates/render-template";
import { getFactValues } from "@/lib/facts/list-facts";
import { GUIDE_FACT_KEY, seedFacts, seedTemplates } from "@/prisma/seed-data";
import { describeEachDatabase } from "@/test/db-harness";
import { seedModerator } from "@/test/fixtures/review-fixtures";
import { waitUntilCacheServes } from "@/test/fixtures/public-cache-helpers";
import { guideFactKeys } from "./guide-routes";
import { listGuideFacts } from "./list-guide-facts";

const fieldsOf = async (key: string) => {
  const { id: factId, label, value, sourceUrl, owner, labelFi, valueFi, labelEn, valueEn } = await db.fact.findUniqueOrThrow({ where: { key } });
  return { factId, label, value, sourceUrl, owner, labelFi, valueFi, labelEn, valueEn };
};

describeEachDatabase("the guide's facts", () => {
  let moderatorId: string;
  beforeAll(async () => {
    moderatorId = (await seedModerator()).id;
    await waitUntilCacheServes();
  });
  beforeEach(async () => {
    await db.factChange.deleteMany();
    await db.fact.deleteMany();
    await db.replyTemplate.deleteMany();
    await seedBaseContent(db);
  });

  it("are all seeded, and read in the page's language with Swedish where no translation is written", async () => {
    const [sv, fi, en] = await Promise.all([listGuideFacts({ locale: "sv" }), listGuideFacts({ locale: "fi" }), listGuideFacts({ locale: "en" })]);
    expect(Object.keys(sv).sort()).toEqual([...guideFactKeys].sort());
    expect(sv["ivo-svarstid"]).toMatchObject({ label: "IVO:s svarstid efter ett klagomål", value: "2–3 veckor" });
    expect(fi["ivo-svarstid"]).toMatchObject({ label: "IVO:n vastausaika kantelun jälkeen", value: "2–3 viikkoa" });
    expect(en["ivo-svarstid"]).toMatchObject({ label: "IVO's response time after a complaint", value: "2–3 weeks" });
    // A number is written once, in Swedish, and every language shows it.
    expect([sv, fi, en].map((facts) => facts["ivo-vaxel"].value)).toEqual(["010-788 50 00", "010-788 50 00", "010-788 50 00"]);
    expect(fi["ivo-vaxel"].label).toBe("IVO:n vaihde");

    // An admin empties the English value: the English page shows the Swedish one.
    const fields = await fieldsOf("overklagande-tid");
    await updateFact({ ...fields, valueEn: "", moderatorId });
    expect((await listGuideFacts({ locale: "en" }))["overklagande-tid"].value).toBe("tre veckor");
  });

  it("retire the cached guide and fact reads when an admin changes a fact, in any language", async () => {
    expect((await readGuideFacts({ locale: "fi" }))["ivo-vaxel"].value).toBe("010-788 50 00");
    expect((await readPublicFact({ key: "ivo-vaxel" }))?.value).toBe("010-788 50 00");
    const fields = await fieldsOf("ivo-vaxel");
    await updateFact({ ...fields, value: "010-788 50 01", moderatorId });
    expect((await readGuideFacts({ locale: "fi" }))["ivo-vaxel"].value).toBe("010-788 50 01");
    expect((await readPublicFact({ key: "ivo-vaxel" }))?.value).toBe("010-788 50 01");

    expect((await readGuideFacts({ locale: "en" }))["ivo-namn"].value).toBe("IVO, the Health and Social Care Inspectorate");
    const ivoName = await fieldsOf("ivo-namn");
    await updateFact({ ...ivoName, valueEn: "IVO, the Inspectorate", moderatorId });
    expect((await readGuideFacts({ locale: "en" }))["ivo-namn"].value).toBe("IVO, the Inspectorate");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "fact.update", targetId: ivoName.factId } });
    expect(audit).toMatchObject({ before: { valueEn: "IVO, the Health and Social Care Inspectorate" }, after: { valueEn: "IVO, the Inspectorate" } });
  });

  it("are added to an existing deployment at start, without overwriting what admins wrote", async () => {
    // As a deployment from before the guide: no guide facts, no translations, old templates.
    await db.fact.deleteMany({ where: { key: { in: ["ivo-namn", GUIDE_FACT_KEY] } } });
    await db.fact.updateMany({ data: { labelFi: "", labelEn: "", valueFi: "", valueEn: "" } });
    await db.fact.update({ where: { key: "jo-webb" }, data: { labelEn: "The Ombudsmen online" } });
    await db.fact.update({ where: { key: "ivo-vaxel" }, data: { value: "010-788 50 99" } });
    for (const template of seedTemplates) {
      if (template.previousBodies) await db.replyTemplate.update({ where: { slug: template.slug }, data: { body: template.previousBodies[0] } });
    }
    await db.replyTemplate.update({ where: { slug: "bemotande" }, data: { body: "Av en moderator." } });

    await seedBaseContent(db);
    expect(await db.fact.count()).toBe(seedFacts.length);
    expect(await db.fact.findUniqueOrThrow({ where: { key: "ivo-namn" } })).toMatchObject({ value: "IVO, Inspektionen för vård och omsorg", valueFi: expect.stringContaining("IVO") });
    expect(await db.fact.findUniqueOrThrow({ where: { key: "ivo-svarstid" } })).toMatchObject({ labelFi: "IVO:n vastausaika kantelun jälkeen", valueEn: "2–3 weeks" });
    // What an admin wrote stays: a value, and a translation (which keeps the others empty too).
    expect(await db.fact.findUniqueOrThrow({ where: { key: "ivo-vaxel" } })).toMatchObject({ value: "010-788 50 99", labelFi: "IVO:n vaihde" });
    expect(await db.fact.findUniqueOrThrow({ where: { key: "jo-webb" } })).toMatchObject({ labelEn: "The Ombudsmen online", labelFi: "" });
    // An unedited template points to the guide now; an edited one is the moderators'.
    expect((await db.replyTemplate.findUniqueOrThrow({ where: { slug: "overklaga-beslut" } })).body).toContain(`{{fakta:${GUIDE_FACT_KEY}}}`);
    expect((await db.replyTemplate.findUniqueOrThrow({ where: { slug: "bemotande" } })).body).toBe("Av en moderator.");
  });

  it("give the templates the guide's address from the public URL, in each language", async () => {
    expect(await db.fact.findUniqueOrThrow({ where: { key: GUIDE_FACT_KEY } })).toMatchObject({
      value: absoluteUrl("/vart-vander-jag"),
      valueFi: absoluteUrl("/fi/vart-vander-jag"),
      valueEn: absoluteUrl("/en/vart-vander-jag"),
    });
    const template = await db.replyTemplate.findUniqueOrThrow({ where: { slug: "oro-for-barn" } });
    const reply = renderTemplate(template.body, {}, await getFactValues());
    expect(reply).toContain(`${absoluteUrl("/vart-vander-jag")}`);
    expect(reply).not.toContain("{{");
  });

  it("refuse a translation that is too short or quotes a reference, and allow an empty one", () => {
    const base = { key: "x-y", label: "Något", value: "1", sourceUrl: "https://www.ivo.se/", owner: "Moderatorerna" };
    expect(createFactSchema.safeParse({ ...base, valueFi: "{{fakta:bris}}" }).error?.issues[0]).toMatchObject({ path: ["valueFi"], message: "valueHasBraces" });
    expect(createFactSchema.safeParse({ ...base, labelEn: "ab" }).error?.issues[0]).toMatchObject({ path: ["labelEn"], message: "labelTooShort" });
    expect(createFactSchema.safeParse({ ...base, labelFi: "x".repeat(101) }).error?.issues[0]).toMatchObject({ path: ["labelFi"], message: "labelTooLong" });
    expect(updateFactActionSchema.parse({ ...base, factId: "c".repeat(25), labelFi: "  Nimi  " })).toMatchObject({ labelFi: "Nimi", labelEn: "", valueFi: "", valueEn: "" });
  });
});
