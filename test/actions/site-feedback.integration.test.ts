// The accessibility statement's feedback route, attacked the way the other public forms are:
// personal data sent in it is replaced before storage, one source is refused after the hourly
// limit and its address is stored nowhere, and only moderators (never a responder, never an
// anonymous caller) can mark a message handled, audited in the same transaction.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { markSiteFeedbackHandledAction } from "@/lib/actions/mod/site-feedback";
import { submitSiteFeedback } from "@/lib/actions/public/site-feedback";
import { db } from "@/lib/db";
import { SITE_FEEDBACK_PER_HOUR } from "@/lib/rate-limit/rules";
import { eraseHandledSiteFeedback } from "@/lib/retention/erase-handled-site-feedback";
import { markSiteFeedbackHandled } from "@/lib/site-feedback/mark-site-feedback-handled";
import { describeEachDatabase } from "@/test/db-harness";
import { seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { rowsContaining, scanAllTables } from "@/test/search-all-tables";
import { solvedProof as proof } from "@/test/solved-proof";

const request = vi.hoisted(() => ({ address: "203.0.113.99", jar: new Map<string, string>() }));
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": request.address }),
    cookies: async () => cookieStoreOf(request.jar),
  };
});

const send = async (input: unknown) => submitSiteFeedback(input as never, { proof: await proof(), trap: "" });

describeEachDatabase("the accessibility statement's feedback", () => {
  let moderatorId: string;
  let responderId: string;
  beforeAll(async () => {
    moderatorId = (await db.moderator.create({ data: { email: "mod@synpunkter.test", name: "Moa", passwordHash: "unused", role: "MODERATOR" } })).id;
    responderId = (await seedResponder((await seedOrganisation()).id, { email: "svar@synpunkter.test" })).id;
  });
  beforeEach(async () => {
    request.address = "203.0.113.99";
    request.jar.clear();
    await db.rateLimitHit.deleteMany();
    await db.spentChallenge.deleteMany();
    await db.siteFeedback.deleteMany();
  });

  it("stores a personnummer, a phone number and an e-mail address replaced, in the text and the page address", async () => {
    const body = "Jag heter Anna, personnummer 850312-2387, ring 070-123 45 67 eller skriv till anna.svensson@example.se. Knappen syns inte.";
    const result = await send({ body, pageUrl: "https://sakligt.example.se/sok?q=anna.svensson@example.se" });
    expect(result).toEqual({ ok: true });
    const [stored] = await db.siteFeedback.findMany();
    expect(stored.body).toContain("Knappen syns inte.");
    expect(stored.pageUrl).toContain("sakligt.example.se/sok");
    for (const secret of ["850312", "2387", "123 45 67", "anna.svensson@example.se"]) expect(await rowsContaining(secret)).toEqual([]);
  });

  it("cuts the secret out of a receipt link given as the page address", async () => {
    const token = "Zq3v8RkXo0aYbTcW1dEfGhIjKlMnOpQrStUvWxYz12A";
    expect(await send({ body: "Kvittosidan går inte att läsa med skärmläsare.", pageUrl: `https://sakligt.example.se/fi/kvitto/${token}/andra` })).toEqual({ ok: true });
    const [stored] = await db.siteFeedback.findMany();
    expect(stored.pageUrl).toBe("https://sakligt.example.se/fi/kvitto/…/andra");
    expect(await rowsContaining(token)).toEqual([]);
  });

  it("refuses bad input beside its field before a proof or a rate-limit slot is spent", async () => {
    const outcomes = [await send({ body: "Hej" }), await send({ body: "" }), await send({ body: "Giltig text här", pageUrl: "x".repeat(501) }), await send(null)];
    expect(outcomes.map((outcome) => (outcome.ok ? "ok" : [outcome.message, outcome.fieldErrors]))).toEqual([
      ["INVALID_INPUT", { body: ["bodyTooShort"] }],
      ["INVALID_INPUT", { body: ["bodyRequired"] }],
      ["INVALID_INPUT", { pageUrl: ["pageUrlTooLong"] }],
      ["INVALID_INPUT", { _form: [expect.any(String)] }],
    ]);
    expect(await db.siteFeedback.count()).toBe(0);
    expect(await db.rateLimitHit.count()).toBe(0);
    expect(await db.spentChallenge.count()).toBe(0);
  });

  it("refuses a missing proof of work and thanks a filled honeypot without storing it", async () => {
    expect(await submitSiteFeedback({ body: "Ingen lösning skickad med." })).toMatchObject({ ok: false, message: "PROOF_MISSING" });
    expect(await submitSiteFeedback({ body: "En robot fyllde i fältet." }, { proof: await proof(), trap: "https://spam.example" })).toEqual({ ok: true });
    expect(await db.siteFeedback.count()).toBe(0);
  });

  it(`refuses the ${SITE_FEEDBACK_PER_HOUR + 1}th message from one source in an hour, another source gets through, and no address is stored`, async () => {
    const outcomes: string[] = [];
    for (let i = 1; i <= SITE_FEEDBACK_PER_HOUR + 1; i++) {
      const result = await send({ body: `Problem nummer ${i} med kontrasten.` });
      outcomes.push(result.ok ? "ok" : result.message);
    }
    expect(outcomes).toEqual([...Array(SITE_FEEDBACK_PER_HOUR).fill("ok"), "RATE_LIMITED"]);
    request.address = "2001:db8::77";
    expect(await send({ body: "Från en annan källa." })).toEqual({ ok: true });
    expect(await db.siteFeedback.count()).toBe(SITE_FEEDBACK_PER_HOUR + 1);
    expect((await db.rateLimitHit.findMany()).map((hit) => hit.bucket)).toContain("site-feedback");
    const everything = JSON.stringify(await scanAllTables());
    for (const address of ["203.0.113.99", "2001:db8::77", "2001:db8"]) expect(everything).not.toContain(address);
  });

  it("refuses an anonymous caller and a responder the mark-handled action, and changes nothing", async () => {
    await send({ body: "Fokus syns inte på länkarna." });
    const { id } = await db.siteFeedback.findFirstOrThrow();
    expect(await markSiteFeedbackHandledAction({ feedbackId: id })).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    request.jar.set(cookieName, await logInCookie(responderId));
    expect(await markSiteFeedbackHandledAction({ feedbackId: id })).toMatchObject({ ok: false, message: "FORBIDDEN" });
    expect((await db.siteFeedback.findUniqueOrThrow({ where: { id } })).handledAt).toBeNull();
    expect(await db.auditLog.count({ where: { targetId: id } })).toBe(0);
  });

  it("lets a moderator mark a message handled once, with an audit row naming them", async () => {
    await send({ body: "Tabellen går utanför skärmen." });
    const { id } = await db.siteFeedback.findFirstOrThrow();
    request.jar.set(cookieName, await logInCookie(moderatorId));
    expect(await markSiteFeedbackHandledAction({ feedbackId: id })).toEqual({ ok: true, data: undefined });
    expect((await db.siteFeedback.findUniqueOrThrow({ where: { id } })).handledAt).not.toBeNull();
    expect(await markSiteFeedbackHandledAction({ feedbackId: id })).toMatchObject({ ok: false, message: "INVALID_STATE" });
    expect(await markSiteFeedbackHandledAction({ feedbackId: "finns-inte" })).toMatchObject({ ok: false, message: "NOT_FOUND" });
    const audit = await db.auditLog.findMany({ where: { targetId: id } });
    expect(audit).toMatchObject([{ moderatorId, action: "site_feedback.handle", targetType: "siteFeedback" }]);
  });

  it("writes the audit row in the same transaction: when it cannot be written the message stays unhandled", async () => {
    await send({ body: "Länktexten säger inte vart den leder." });
    const { id } = await db.siteFeedback.findFirstOrThrow();
    // No such moderator: the audit row's foreign key fails after the update has run.
    await expect(markSiteFeedbackHandled({ feedbackId: id, moderatorId: "ingen-sadan-moderator" })).rejects.toThrow();
    expect((await db.siteFeedback.findUniqueOrThrow({ where: { id } })).handledAt).toBeNull();
  });

  it("erases handled messages after the retention period and keeps unhandled ones however old", async () => {
    const long = new Date("2026-01-01T12:00:00Z");
    const [handled, recent, waiting] = await Promise.all([
      db.siteFeedback.create({ data: { body: "Gammal och hanterad.", createdAt: long, handledAt: long } }),
      db.siteFeedback.create({ data: { body: "Nyss hanterad.", createdAt: long, handledAt: new Date("2026-03-25T12:00:00Z") } }),
      db.siteFeedback.create({ data: { body: "Gammal men ohanterad.", createdAt: long } }),
    ]);
    expect(await eraseHandledSiteFeedback({ days: 30, now: new Date("2026-04-01T12:00:00Z") })).toBe(1);
    expect((await db.siteFeedback.findMany({ select: { id: true } })).map(({ id }) => id).sort()).toEqual([recent.id, waiting.id].sort());
    expect(handled.id).toBeTruthy();
  });
});
