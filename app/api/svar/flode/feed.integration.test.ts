import { beforeAll, expect, it, vi } from "vitest";
import { GET } from "./[token]/route";
import { renewFeedTokenAction, saveAlertSettingsAction } from "@/lib/actions/svar/alert-settings";
import { db } from "@/lib/db";
import { publishStory } from "@/lib/moderation/publish-story";
import { routes } from "@/lib/routes";
import { createStory } from "@/lib/stories/create-story";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { describeEachDatabase } from "@/test/db-harness";
import { LUND, MALMO, seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
import { allowSingleStepDecisions, sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { cookieName, logInCookie } from "@/test/session-cookie";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return { headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.7" }), cookies: async () => cookieStoreOf(jar) };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

// The private feed through its route handler, and the settings through the responder's own
// actions with a real session: the token is the only key, and renewing it ends the old URL.
describeEachDatabase("responder feed and alert settings", () => {
  let moderatorId: string;
  let tagIds: string[];
  let malmoResponder: { id: string; email: string };
  let lundResponder: { id: string; email: string };

  const fetchFeed = async (url: string) => {
    const token = decodeURIComponent(new URL(url).pathname.split("/").pop()!);
    const response = await GET(new Request(url), { params: Promise.resolve({ token }) });
    return { status: response.status, text: await response.text(), type: response.headers.get("content-type"), cache: response.headers.get("cache-control") };
  };
  const actAs = async (id: string) => jar.set(cookieName, await logInCookie(id));
  const renew = async (id: string) => {
    await actAs(id);
    const result = await renewFeedTokenAction({});
    if (!result.ok) throw new Error(result.message);
    return result.data.url;
  };
  const publish = async (title: string, { tags = [tagIds[0]], municipalityCode = MALMO }: { tags?: string[]; municipalityCode?: string } = {}) => {
    const { storyId, receiptToken } = await createStory({ title, body: sampleBody, tagIds: tags, municipalityCode, authorRole: "KLIENT" });
    await publishStory({ storyId, moderatorId, title, body: sampleBody, tagIds: tags, version: 1, reply: { body: "Tack för att du berättar.", templateId: null } });
    return { storyId, receiptToken };
  };

  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
    await allowSingleStepDecisions();
    malmoResponder = await seedResponder((await seedOrganisation({ municipalityCodes: [MALMO] })).id);
    lundResponder = await seedResponder((await seedOrganisation({ municipalityCodes: [LUND], emailDomains: ["lund.se"] })).id, { email: `svar-${Date.now()}@lund.se` });
  });

  it("lists published stories of the municipalities only, drops a withdrawn one, and stops at renewal", async () => {
    const published = await publish("Publicerad i Malmö");
    await createStory({ title: "Väntar fortfarande i kön", body: sampleBody, tagIds: [tagIds[0]], municipalityCode: MALMO, authorRole: "KLIENT" });
    const withdrawn = await publish("Snart tillbakadragen");
    await publish("Publicerad i Lund", { municipalityCode: LUND });

    const url = await renew(malmoResponder.id);
    expect(url).toMatch(/^https?:\/\/[^/]+\/api\/svar\/flode\/[A-Za-z0-9_-]{43}$/);
    const before = await fetchFeed(url);
    expect(before).toMatchObject({ status: 200, type: "application/atom+xml; charset=utf-8", cache: "private, no-store" });
    expect(before.text).toContain("Publicerad i Malmö");
    expect(before.text).toContain(routes.story(published.storyId));
    expect(before.text).toContain("Snart tillbakadragen");
    expect(before.text).not.toContain("Väntar fortfarande i kön");
    expect(before.text).not.toContain("Publicerad i Lund");
    for (const secret of [published.receiptToken, "Tack för att du berättar", malmoResponder.email]) expect(before.text).not.toContain(secret);

    await withdrawStory({ token: withdrawn.receiptToken });
    expect((await fetchFeed(url)).text).not.toContain("Snart tillbakadragen");

    const renewed = await renew(malmoResponder.id);
    expect(await fetchFeed(url)).toMatchObject({ status: 404, text: "" });
    expect((await fetchFeed(renewed)).text).toContain("Publicerad i Malmö");
    expect(await db.auditLog.count({ where: { moderatorId: malmoResponder.id, action: "responder.feed_token_renew" } })).toBe(2);
  });

  it("shows another organisation's responder none of Malmö's stories, and an unknown token nothing", async () => {
    const lundUrl = await renew(lundResponder.id);
    const feed = await fetchFeed(lundUrl);
    expect(feed.text).toContain("Publicerad i Lund");
    expect(feed.text).not.toContain("Publicerad i Malmö");
    expect(await fetchFeed(lundUrl.replace(/[A-Za-z0-9_-]{43}$/, "A".repeat(43)))).toMatchObject({ status: 404, text: "" });
  });

  it("follows the chosen themes, and saves the choice for the caller only, audited", async () => {
    await publish("Bara andra temat", { tags: [tagIds[1]] });
    await actAs(malmoResponder.id);
    expect(await saveAlertSettingsAction({ scope: "themes", delivery: "DIGEST", tagIds: [] })).toMatchObject({ ok: false, fieldErrors: { tagIds: ["themesRequired"] } });
    expect(await saveAlertSettingsAction({ scope: "themes", delivery: "DIGEST", tagIds: ["finns-inte"] })).toMatchObject({ ok: false, fieldErrors: { tagIds: ["themesInvalid"] } });
    expect(await saveAlertSettingsAction({ scope: "themes", delivery: "DIGEST", tagIds: [tagIds[0]] })).toMatchObject({ ok: true });
    expect(await db.moderator.findUniqueOrThrow({ where: { id: malmoResponder.id }, select: { alertMode: true, alertTagIds: true } })).toEqual({
      alertMode: "DIGEST",
      alertTagIds: [tagIds[0]],
    });
    expect(await db.auditLog.count({ where: { moderatorId: malmoResponder.id, action: "responder.alert_settings" } })).toBe(1);
    const url = await renew(malmoResponder.id);
    const feed = await fetchFeed(url);
    expect(feed.text).toContain("Publicerad i Malmö");
    expect(feed.text).not.toContain("Bara andra temat");
    // A moderator is no responder: the action refuses them.
    await actAs(moderatorId);
    expect(await saveAlertSettingsAction({ scope: "none", delivery: "IMMEDIATE" })).toMatchObject({ ok: false, message: "FORBIDDEN" });
  });
});
