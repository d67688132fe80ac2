import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { describeEachDatabase } from "@/test/db-harness";

type Made = { id: string; before: number; after: number };

// Characters 2-9 of a cuid are its creation time in milliseconds, base 36. Read the same
// positions of any id that way, as someone guessing when a story was sent would.
const timeAt = (id: string) => parseInt(id.slice(1, 9).toLowerCase(), 36);
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
};

async function makeStory(): Promise<string> {
  const story = await db.story.create({
    data: { title: "Rubrik", body: "Text", receiptTokenHash: createReceiptToken().tokenHash },
    select: { id: true },
  });
  return story.id;
}

describeEachDatabase("public ids carry no time", () => {
  const made: Record<"story" | "comment" | "reply", Made[]> = { story: [], comment: [], reply: [] };

  beforeAll(async () => {
    const storyId = await makeStory();
    const create = {
      story: makeStory,
      comment: async () => (await db.comment.create({ data: { storyId, body: "Kommentar" }, select: { id: true } })).id,
      reply: async () => (await db.reply.create({ data: { storyId, body: "Svar" }, select: { id: true } })).id,
    };
    // A millisecond or two apart, then a pause of more than a second.
    for (const round of [0, 1]) {
      if (round === 1) await sleep(1_100);
      for (let i = 0; i < 12; i++) {
        for (const kind of ["story", "comment", "reply"] as const) {
          const before = Date.now();
          const id = await create[kind]();
          made[kind].push({ id, before, after: Date.now() });
        }
        await sleep(1);
      }
    }
  });

  it.each(["story", "comment", "reply"] as const)("a %s id is 21 random characters of A-Za-z0-9_-", (kind) => {
    for (const { id } of made[kind]) expect(id).toMatch(/^[A-Za-z0-9_-]{21}$/);
    // 21 characters from a 64-character alphabet: 126 bits, well past the 96 that make guessing hopeless.
    expect(21 * Math.log2(64)).toBeGreaterThanOrEqual(96);
    expect(new Set(made[kind].map((m) => m.id)).size).toBe(made[kind].length);
  });

  it.each(["story", "comment", "reply"] as const)("the time positions of a %s id do not give away when it was made", (kind) => {
    const minute = 60_000;
    const tracking = made[kind].filter(({ id, before, after }) => timeAt(id) >= before - minute && timeAt(id) <= after + minute);
    expect(tracking.map((m) => m.id)).toEqual([]);
  });

  it.each(["story", "comment", "reply"] as const)("%s ids made one after another share no prefix beyond chance", (kind) => {
    const ids = made[kind].map((m) => m.id);
    const shared = ids.slice(1).map((id, i) => commonPrefix(ids[i], id));
    // Random ids share a first character one time in 64; cuids made close together share 6-8.
    expect(shared.reduce((a, b) => a + b, 0) / shared.length).toBeLessThan(0.5);
    // Nor does sorting them recover the order they were made in.
    expect([...ids].sort()).not.toEqual(ids);
  });

  it("fills every position of 600 ids from the whole alphabet, as random characters would", async () => {
    const storyId = made.story[0].id;
    const rows = await db.comment.createManyAndReturn({
      data: Array.from({ length: 600 }, () => ({ storyId, body: "Massa" })),
      select: { id: true },
    });
    for (let position = 0; position < 21; position++) {
      const seen = new Set(rows.map((row) => row.id[position]));
      // One given character is missed by 600 draws with a probability of about 1e-4; five, never.
      expect(seen.size, `position ${position}`).toBeGreaterThanOrEqual(60);
    }
  });
});
