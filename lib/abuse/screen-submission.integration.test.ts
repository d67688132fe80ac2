import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { describeEachDatabase } from "@/test/db-harness";
import { solvedProof as proof } from "@/test/solved-proof";
import { screenSubmission } from "./screen-submission";

// Outside a request there are no headers; the start script's stamp is stood in for here.
const client = vi.hoisted(() => ({ address: "203.0.113.42" as string | null }));
vi.mock("@/lib/request/client-address", () => ({ clientAddress: async () => client.address }));

describeEachDatabase("screening a public submission", () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET = "screen-test-secret-0123456789abcdef0123";
  });
  beforeEach(async () => {
    client.address = "203.0.113.42";
    await db.rateLimitHit.deleteMany();
    await db.spentChallenge.deleteMany();
  });

  it("lets a solved, fresh submission through and spends its proof", async () => {
    const payload = await proof();
    expect(await screenSubmission({ bucket: "story", protection: { proof: payload, trap: "" } })).toEqual({ kind: "pass" });
    expect(await screenSubmission({ bucket: "story", protection: { proof: payload, trap: "" } })).toEqual({ kind: "refused", reason: "replayed" });
  });

  it("catches a filled honeypot before anything is counted or spent", async () => {
    const payload = await proof();
    expect(await screenSubmission({ bucket: "comment", protection: { proof: payload, trap: "https://spam.example" } })).toEqual({ kind: "trap" });
    expect(await db.rateLimitHit.count()).toBe(0);
    expect(await db.spentChallenge.count()).toBe(0);
  });

  it("refuses a missing or forged proof without counting it", async () => {
    for (const protection of [undefined, null, "junk", {}, { proof: 42 }, { proof: "" }]) {
      expect(await screenSubmission({ bucket: "story", protection })).toEqual({ kind: "refused", reason: "proofMissing" });
    }
    expect(await screenSubmission({ bucket: "story", protection: { proof: "eyJhIjoxfQ==" } })).toEqual({ kind: "refused", reason: "proofInvalid" });
    expect(await db.rateLimitHit.count()).toBe(0);
  });

  it("limits stories per source and hour, and a second source still gets through", async () => {
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push((await screenSubmission({ bucket: "story", protection: { proof: await proof() } })).kind);
    expect(outcomes).toEqual(["pass", "pass", "pass", "pass", "pass", "refused"]);
    client.address = "2001:db8::1";
    expect(await screenSubmission({ bucket: "story", protection: { proof: await proof() } })).toEqual({ kind: "pass" });
    const stored = JSON.stringify(await db.rateLimitHit.findMany());
    expect(stored).not.toContain("203.0.113.42");
    expect(stored).not.toContain("2001:db8");
  });
});
