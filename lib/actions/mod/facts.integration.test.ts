// The fact and house-style actions as the browser calls them, with a real session cookie: an
// ordinary moderator is refused on the server however the action is called, and nothing changes.
import { beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createFact } from "@/lib/facts/create-fact";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { amendReplyAction, createFactAction, updateFactAction, verifyFactAction } from "./facts";
import { setHouseStyleAction } from "./house-style";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.7" }),
    cookies: async () => cookieStoreOf(jar),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const fact = { key: "ivo-vaxel", label: "IVO:s växel", value: "010-788 50 00", sourceUrl: "https://www.ivo.se/", owner: "Moderatorerna" };

describeEachDatabase("fact and house-style actions", () => {
  let adminId: string;
  let moderatorId: string;
  let factId: string;
  beforeEach(async () => {
    await truncateAll();
    await db.fact.deleteMany();
    await db.siteSetting.deleteMany();
    await ensureAdmin({ db, email: "admin@kommun.se", password: "ett långt lösenord", allowDemo: false });
    adminId = (await db.moderator.findUniqueOrThrow({ where: { email: "admin@kommun.se" } })).id;
    moderatorId = (await db.moderator.create({ data: { email: "mod@kommun.se", name: "Moderator", passwordHash: "unused", role: "MODERATOR" } })).id;
    factId = (await createFact({ ...fact, moderatorId: adminId })).id;
    jar.clear();
  });

  it("refuse an ordinary moderator with FORBIDDEN and change nothing", async () => {
    jar.set(cookieName, await logInCookie(moderatorId));
    const forbidden = { ok: false, message: "FORBIDDEN" };
    expect(await createFactAction({ ...fact, key: "ny-uppgift" })).toMatchObject(forbidden);
    expect(await updateFactAction({ ...fact, factId, value: "000" })).toMatchObject(forbidden);
    expect(await verifyFactAction({ factId })).toMatchObject(forbidden);
    expect(await setHouseStyleAction({ replyOpening: "Hej.", replyClosing: "Hej då." })).toMatchObject(forbidden);
    const form = new FormData();
    form.set("replyOpening", "Hej.");
    form.set("replyClosing", "");
    expect(await setHouseStyleAction(form)).toMatchObject(forbidden);

    expect(await db.fact.findMany({ select: { key: true, value: true } })).toEqual([{ key: fact.key, value: fact.value }]);
    expect(await db.siteSetting.count()).toBe(0);
    expect(await db.factChange.count()).toBe(0);
    expect(await db.auditLog.count({ where: { moderatorId } })).toBe(0);
  });

  it("refuse an anonymous caller", async () => {
    expect(await updateFactAction({ ...fact, factId, value: "000" })).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    expect(await amendReplyAction({ replyId: "x", body: "En rättad text som är lång nog." })).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
  });

  it("let an admin change a fact and the house style, with field errors for bad input", async () => {
    jar.set(cookieName, await logInCookie(adminId));
    expect(await updateFactAction({ ...fact, factId, value: "010-788 50 01" })).toEqual({ ok: true, data: { changed: true, valueChanged: true } });
    expect(await updateFactAction({ ...fact, factId, value: "{{reason}}" })).toMatchObject({ ok: false, message: "INVALID_INPUT", fieldErrors: { value: ["valueHasBraces"] } });
    expect(await createFactAction(fact)).toMatchObject({ ok: false, message: "CONFLICT" });
    expect(await setHouseStyleAction({ replyOpening: "Hej {{fakta:bris}}", replyClosing: "" })).toMatchObject({
      ok: false,
      fieldErrors: { replyOpening: ["openingHasReference"] },
    });
    expect(await setHouseStyleAction({ replyOpening: "Tack för att du skriver.", replyClosing: "Hälsningar" })).toEqual({ ok: true, data: { changed: true } });
    expect(await db.auditLog.count({ where: { moderatorId: adminId, action: { in: ["fact.update", "setting.house_style"] } } })).toBe(2);
  });
});
