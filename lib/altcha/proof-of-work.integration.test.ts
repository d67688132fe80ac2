import { solveChallenge } from "altcha-lib";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { describeEachDatabase } from "@/test/db-harness";
import { checkProofOfWork } from "./check-proof-of-work";
import { createAltchaChallenge } from "./create-altcha-challenge";
import { purgeSpentChallenges } from "./purge-spent-challenges";
import { spendChallenge } from "./spend-challenge";

// What the widget sends: the solved challenge as base64 JSON. Solving in Node is far slower
// than in a browser's worker, so the tests use easy challenges.
async function solvedPayload(now?: Date) {
  const challenge = await createAltchaChallenge({ now, maxnumber: 2000 });
  const solution = await solveChallenge(challenge.challenge, challenge.salt, challenge.algorithm, challenge.maxnumber).promise;
  if (!solution) throw new Error("unsolvable challenge");
  const payload = { algorithm: challenge.algorithm, challenge: challenge.challenge, number: solution.number, salt: challenge.salt, signature: challenge.signature };
  return { challenge, solution, payload: Buffer.from(JSON.stringify(payload)).toString("base64") };
}

const reencode = (payload: string, change: (decoded: Record<string, unknown>) => void) => {
  const decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
  change(decoded);
  return Buffer.from(JSON.stringify(decoded)).toString("base64");
};

describeEachDatabase("ALTCHA proof of work and replay protection", () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET = "altcha-test-secret-0123456789abcdef0123";
  });
  beforeEach(async () => {
    await db.spentChallenge.deleteMany();
  });

  it("issues an expiring challenge that a solved payload passes", async () => {
    const { challenge, payload } = await solvedPayload();
    expect(challenge.salt).toMatch(/[?&]expires=\d+/);
    expect((await createAltchaChallenge()).maxnumber).toBe(50_000);
    const check = await checkProofOfWork(payload);
    expect(check).toMatchObject({ ok: true, signature: challenge.signature });
  });

  it("refuses a missing, malformed, tampered, expired or foreign payload", async () => {
    const { payload } = await solvedPayload();
    expect(await checkProofOfWork(undefined)).toEqual({ ok: false, reason: "missing" });
    expect(await checkProofOfWork("")).toEqual({ ok: false, reason: "missing" });
    expect(await checkProofOfWork("not base64 json")).toEqual({ ok: false, reason: "invalid" });
    expect(await checkProofOfWork("x".repeat(5000))).toEqual({ ok: false, reason: "invalid" });
    expect(await checkProofOfWork(reencode(payload, (p) => (p.number = Number(p.number) + 1)))).toMatchObject({ ok: false });
    expect(await checkProofOfWork(reencode(payload, (p) => (p.salt = String(p.salt).replace(/expires=\d+/, "expires=9999999999"))))).toMatchObject({ ok: false });
    expect(await checkProofOfWork(reencode(payload, (p) => (p.salt = "abc&")))).toMatchObject({ ok: false });
    const old = await solvedPayload(new Date(Date.now() - 60 * 60 * 1000));
    expect(await checkProofOfWork(old.payload)).toEqual({ ok: false, reason: "invalid" });
    process.env.NEXTAUTH_SECRET = "another-installation-secret-0123456789ab";
    try {
      expect(await checkProofOfWork(payload)).toEqual({ ok: false, reason: "invalid" });
    } finally {
      process.env.NEXTAUTH_SECRET = "altcha-test-secret-0123456789abcdef0123";
    }
  });

  it("spends a solution once: a replay, even a concurrent one, is refused", async () => {
    const { payload } = await solvedPayload();
    const check = await checkProofOfWork(payload);
    if (!check.ok) throw new Error("expected a valid proof");
    const results = await Promise.all([spendChallenge(check), spendChallenge(check), spendChallenge(check)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await spendChallenge(check)).toBe(false);
    expect(await db.spentChallenge.count()).toBe(1);
  });

  it("purges spent marks once their challenge has expired", async () => {
    await spendChallenge({ signature: "a".repeat(64), expiresAt: new Date("2026-11-22T10:00:00Z") });
    await spendChallenge({ signature: "b".repeat(64), expiresAt: new Date("2026-11-22T12:00:00Z") });
    expect(await purgeSpentChallenges({ now: new Date("2026-11-22T11:00:00Z") })).toBe(1);
    expect((await db.spentChallenge.findMany()).map((row) => row.signature)).toEqual(["b".repeat(64)]);
  });
});
