import { beforeAll, expect, it, vi } from "vitest";
import { saveHandoverAction } from "@/lib/actions/mod/handover";
import { db } from "@/lib/db";
import { describeEachDatabase } from "@/test/db-harness";
import { getHandover, saveHandover } from "./handover";
import { handoverSchema } from "./handover-schema";
import { seedModerator } from "@/test/fixtures/review-fixtures";

// The action as a visitor's browser calls it: a request with no session cookie at all.
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return { headers: async () => new Headers(), cookies: async () => cookieStoreOf(new Map()) };
});

describeEachDatabase("shift handover", () => {
  let moderatorId: string;
  beforeAll(async () => {
    moderatorId = (await seedModerator()).id;
  });

  it("keeps the latest note with its author and time, and every earlier version in the log", async () => {
    expect(await getHandover()).toBeNull();
    const first = new Date("2026-11-30T07:55:00Z");
    const second = new Date("2026-11-30T16:05:00Z");
    expect(await saveHandover({ moderatorId, body: "Två berättelser om LSS väntar på svar från kollega.", now: first })).toEqual({ changed: true });
    expect(await saveHandover({ moderatorId, body: "Kön är tom. Mallen om IVO behöver ses över.", now: second })).toEqual({ changed: true });

    const current = await getHandover();
    expect(current).toMatchObject({ body: "Kön är tom. Mallen om IVO behöver ses över.", updatedAt: second });
    expect(current?.moderatorName).toBeTruthy();

    const log = await db.auditLog.findMany({ where: { action: "handover.update" }, orderBy: { createdAt: "asc" } });
    expect(log.map((row) => [row.before, row.after, row.moderatorId])).toEqual([
      [{ body: "" }, { body: "Två berättelser om LSS väntar på svar från kollega." }, moderatorId],
      [{ body: "Två berättelser om LSS väntar på svar från kollega." }, { body: "Kön är tom. Mallen om IVO behöver ses över." }, moderatorId],
    ]);
  });

  it("logs nothing when the text is saved unchanged, and an empty text clears the note", async () => {
    const before = await db.auditLog.count({ where: { action: "handover.update" } });
    const { body } = (await getHandover())!;
    expect(await saveHandover({ moderatorId, body })).toEqual({ changed: false });
    expect(await db.auditLog.count({ where: { action: "handover.update" } })).toBe(before);
    expect(await saveHandover({ moderatorId, body: "" })).toEqual({ changed: true });
    expect(await getHandover()).toBeNull();
  });

  it("refuses a note longer than the limit, and trims what it keeps", () => {
    expect(handoverSchema.safeParse({ body: "x".repeat(2_001) }).error?.issues[0].message).toBe("handoverTooLong");
    expect(handoverSchema.parse({ body: "  Hej\r\npasset  " }).body).toBe("Hej\npasset");
  });

  it("writes nothing for a visitor without a session", async () => {
    const result = await saveHandoverAction({ body: "Inte inloggad." });
    expect(result).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    expect((await getHandover())?.body ?? "").not.toBe("Inte inloggad.");
  });
});
