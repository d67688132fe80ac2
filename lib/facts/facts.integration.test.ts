import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedModerator, seedPendingStory, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { amendReply } from "@/lib/replies/amend-reply";
import { setHouseStyle } from "@/lib/settings/set-house-style";
import { getPublishedStory } from "@/lib/stories/get-published-story";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";
import { toPublicDate } from "@/lib/stories/public-date";
import { createPublishedStory, filler } from "@/test/fixtures/story-fixtures";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { renderTemplate } from "@/lib/templates/render-template";
import { describeEachDatabase } from "@/test/db-harness";
import { createFact } from "./create-fact";
import { isFactStale } from "./fact-staleness";
import { getFactValues, listStaleFacts } from "./list-facts";
import { listRepliesToAmend } from "./list-replies-to-amend";
import { createFactSchema } from "./schemas";
import { updateFact } from "./update-fact";
import { verifyFact } from "./verify-fact";

const now = new Date("2026-12-04T10:00:00Z");
const fields = { label: "IVO:s växel", sourceUrl: "https://www.ivo.se/", owner: "Moderatorerna" };

describe("fact staleness", () => {
  it("counts a fact verified exactly the period ago as fresh, and a moment earlier as stale", () => {
    const limit = new Date("2025-12-04T10:00:00Z");
    expect(isFactStale(limit, 12, now)).toBe(false);
    expect(isFactStale(new Date(limit.getTime() - 1), 12, now)).toBe(true);
    expect(isFactStale(new Date("2026-06-04T10:00:00Z"), 6, now)).toBe(false);
    expect(isFactStale(new Date("2026-06-04T09:59:59Z"), 6, now)).toBe(true);
  });
});

describeEachDatabase("fact blocks", () => {
  let moderatorId: string;
  let tagIds: string[];
  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
  });
  beforeEach(async () => {
    await db.fact.deleteMany();
    await db.siteSetting.deleteMany();
  });

  it("lists as stale only the facts verified before the configured period, at the boundary too", async () => {
    const limit = new Date("2025-12-04T10:00:00Z");
    await createFact({ key: "precis", value: "1", ...fields, moderatorId, now: limit });
    await createFact({ key: "for-gammal", value: "2", ...fields, moderatorId, now: new Date(limit.getTime() - 1_000) });
    await createFact({ key: "ny", value: "3", ...fields, moderatorId, now });
    expect((await listStaleFacts({ now })).map((fact) => fact.key)).toEqual(["for-gammal"]);
    expect((await listStaleFacts({ now, keys: ["ny", "precis"] })).map((fact) => fact.key)).toEqual([]);

    // A shorter period set by an admin: six months.
    await db.siteSetting.create({ data: { id: 1, factStaleMonths: 6 } });
    await createFact({ key: "halvar", value: "4", ...fields, moderatorId, now: new Date("2026-06-04T09:00:00Z") });
    expect((await listStaleFacts({ now })).map((fact) => fact.key)).toEqual(["for-gammal", "precis", "halvar"]);

    const stale = await db.fact.findUniqueOrThrow({ where: { key: "for-gammal" } });
    await verifyFact({ factId: stale.id, moderatorId, now });
    expect((await listStaleFacts({ now })).map((fact) => fact.key)).not.toContain("for-gammal");
    expect(await db.auditLog.count({ where: { action: "fact.verify", targetId: stale.id } })).toBe(1);
  });

  it("records a value change with its audit row, and lists only the published replies quoting the old value", async () => {
    const { id: factId } = await createFact({ key: "ivo-vaxel", value: "010-788 50 00", ...fields, moderatorId, now });
    const template = "Du kan lämna klagomål till IVO ({{fakta:ivo-vaxel}}). Vi hoppas att det hjälper dig vidare.";
    const quoting = renderTemplate(template, {}, await getFactValues());
    expect(quoting).toContain("(010-788 50 00)");

    const published = await createPublishedStory({ moderatorId, title: "Citerar växeln", body: filler, tagIds: [tagIds[0]], reply: quoting });
    await createPublishedStory({ moderatorId, title: "Citerar inget", body: filler, tagIds: [tagIds[0]], reply: "Tack för att du berättar, vi läser allt." });
    const withdrawn = await createPublishedStory({ moderatorId, title: "Tillbakadragen", body: filler, tagIds: [tagIds[0]], reply: quoting });
    await withdrawStory({ token: withdrawn.receiptToken });
    const pendingId = await seedPendingStory({ tagIds: [tagIds[0]] });
    await db.reply.create({ data: { storyId: pendingId, body: quoting, publishedAt: null } });

    expect(await updateFact({ factId, value: "010-788 50 01", ...fields, moderatorId, now })).toEqual({ changed: true, valueChanged: true });
    const change = await db.factChange.findFirstOrThrow({ where: { factId } });
    expect(change).toMatchObject({ oldValue: "010-788 50 00", newValue: "010-788 50 01", moderatorId });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "fact.update", targetId: factId } });
    expect(audit).toMatchObject({ targetType: "fact", before: { value: "010-788 50 00" }, after: { value: "010-788 50 01" } });

    const toAmend = await listRepliesToAmend({ factId });
    expect(toAmend.map((reply) => reply.story.id)).toEqual([published.storyId]);
    expect(toAmend[0]).toMatchObject({ oldValue: "010-788 50 00", newValue: "010-788 50 01" });

    // Saving the same value again changes nothing and logs nothing.
    expect(await updateFact({ factId, value: "010-788 50 01", ...fields, moderatorId, now })).toEqual({ changed: false, valueChanged: false });
    expect(await db.factChange.count({ where: { factId } })).toBe(1);
  });

  it("amends a published reply with an audit row, and readers and the author see when", async () => {
    const { id: factId } = await createFact({ key: "bris", value: "116 111", ...fields, moderatorId, now });
    const story = await createPublishedStory({ moderatorId, title: "Rättas", body: filler, tagIds: [tagIds[1]], reply: "Barn och unga kan prata med BRIS på 116 111." });
    await updateFact({ factId, value: "116 112", ...fields, moderatorId, now });
    const [reply] = await listRepliesToAmend({ factId });
    const amendedAt = new Date(Date.now() + 1_000);
    const body = reply.body.replaceAll("116 111", "116 112");

    expect(await amendReply({ replyId: reply.id, moderatorId, body, now: amendedAt })).toEqual({ changed: true });
    const stored = await db.reply.findUniqueOrThrow({ where: { id: reply.id } });
    expect(stored).toMatchObject({ body, amendedAt, amendedById: moderatorId });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "reply.amend", targetId: story.storyId } });
    expect(audit).toMatchObject({ moderatorId, targetType: "story", before: { replyId: reply.id }, after: { replyId: reply.id, body } });

    // The public read (cached) shows the new text and the day of the change (readers get days,
    // not moments); the author's receipt shows the time.
    const publicStory = await getPublishedStory({ id: story.storyId });
    expect(publicStory?.replies[0]).toMatchObject({ body, amendedAt: toPublicDate(amendedAt) });
    expect((await getStoryByReceipt({ token: story.receiptToken }))?.replies[0]).toMatchObject({ body, amendedAt });
    expect(await listRepliesToAmend({ factId })).toEqual([]);
  });

  it("refuses to amend a reply on a withdrawn or unpublished story", async () => {
    const story = await createPublishedStory({ moderatorId, title: "Dras tillbaka", body: filler, tagIds: [tagIds[2]], reply: "Ett svar som snart inte syns längre." });
    const reply = await db.reply.findFirstOrThrow({ where: { storyId: story.storyId } });
    await withdrawStory({ token: story.receiptToken });
    await expect(amendReply({ replyId: reply.id, moderatorId, body: "En ny text som ingen läsare ser." })).rejects.toMatchObject({ code: "INVALID_STATE" });

    const pendingId = await seedPendingStory({ tagIds: [tagIds[2]] });
    const draft = await db.reply.create({ data: { storyId: pendingId, body: "Ett utkast.", publishedAt: null } });
    await expect(amendReply({ replyId: draft.id, moderatorId, body: "En ny text som ingen läsare ser." })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(amendReply({ replyId: "finns-inte", moderatorId, body: "En ny text som ingen läsare ser." })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).toMatchObject({ amendedAt: null });
    expect(await db.auditLog.count({ where: { action: "reply.amend", targetId: { in: [story.storyId, pendingId] } } })).toBe(0);
  });

  it("keeps a fact value with markup inert and refuses one with references", async () => {
    expect(createFactSchema.safeParse({ key: "x-y", value: "{{reason}}", ...fields }).error?.issues[0].message).toBe("valueHasBraces");
    expect(createFactSchema.safeParse({ key: "x-y", value: "ring }} nu", ...fields }).error?.issues[0].message).toBe("valueHasBraces");
    expect(createFactSchema.safeParse({ key: "X Y", value: "1", ...fields }).error?.issues[0].message).toBe("keyInvalid");
    expect(createFactSchema.safeParse({ key: "x", value: "1", ...fields, sourceUrl: "javascript:alert(1)" }).error?.issues[0].message).toBe("sourceUrlInvalid");

    // A value stored around the schema (or with markup, which the schema allows) is inserted
    // once, as text: never re-scanned, never markup.
    await db.fact.create({ data: { key: "markup", value: "<img src=x onerror=alert(1)> {{fakta:bris}}", ...fields, verifiedAt: now } });
    const text = renderTemplate("Se {{fakta:markup}}.", { reason: "x" }, await getFactValues());
    expect(text).toBe("Se <img src=x onerror=alert(1)> {{fakta:bris}}.");
    const story = await createPublishedStory({ moderatorId, title: "Med markup", body: filler, tagIds: [tagIds[0]], reply: "Se <img src=x onerror=alert(1)> här." });
    expect((await getPublishedStory({ id: story.storyId }))?.replies[0].body).toBe("Se <img src=x onerror=alert(1)> här.");
  });

  it("saves the house style with an audit row in the same transaction, and nothing when unchanged", async () => {
    const style = { replyOpening: "Tack för att du berättar.", replyClosing: "Vänliga hälsningar, moderatorerna" };
    expect(await setHouseStyle({ actorId: moderatorId, ...style })).toEqual({ changed: true });
    expect(await db.siteSetting.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject(style);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "setting.house_style" } });
    expect(audit).toMatchObject({ targetType: "setting", before: { replyOpening: "", replyClosing: "" }, after: style });
    expect(await setHouseStyle({ actorId: moderatorId, ...style })).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { action: "setting.house_style" } })).toBe(1);
    // An audit row that cannot be written (unknown moderator) takes the change with it.
    await expect(setHouseStyle({ actorId: "finns-inte", replyOpening: "Hej.", replyClosing: "" })).rejects.toThrow();
    expect(await db.siteSetting.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject(style);
  });
});
