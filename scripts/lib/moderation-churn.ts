// A working day of moderation, sped up, beside the readers of `npm run bench:churn`: authors
// send stories over HTTP (proof of work solved, as the form does), and a moderator rejects one
// pending story a second, publishes one every ten seconds and withdraws one every thirty, through
// the domain functions, on the same database as the server.
import { db } from "@/lib/db";
import { rejectStory } from "@/lib/moderation/reject-story";
import { publishStory } from "@/lib/moderation/publish-story";
import { hashReceiptToken } from "@/lib/stories/receipt-token";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { letterCode, listTagIds, sendStory, storyActionId, testStory } from "./send-story";

export type ChurnCounts = { sent: number; rejected: number; published: number; withdrawn: number; failures: string[] };

export type Churn = { counts: ChurnCounts; stop: () => Promise<void> };

const every = { sendMs: 5_000, rejectMs: 1_000, publishMs: 10_000, withdrawMs: 30_000 };

export async function startChurn({ baseUrl }: { baseUrl: string }): Promise<Churn> {
  const counts: ChurnCounts = { sent: 0, rejected: 0, published: 0, withdrawn: 0, failures: [] };
  const moderator = await db.moderator.findFirst({ where: { active: true }, select: { id: true }, orderBy: { createdAt: "asc" } });
  if (!moderator) throw new Error("No moderator: the server should have made one from ADMIN_EMAIL.");
  const actionId = storyActionId();
  const tagIds = await listTagIds(baseUrl);
  const run = `churn ${letterCode(Math.floor(Math.random() * 26 ** 5))}`;
  // Receipts of the stories sent here: waiting for publication, then published (to withdraw).
  const sent: string[] = [];
  const published: string[] = [];

  const send = async () => {
    const outcome = await sendStory({ baseUrl, actionId, story: testStory({ run, index: counts.sent, tagIds }) });
    if (outcome.kind !== "receipt") throw new Error(`send: ${JSON.stringify(outcome).slice(0, 200)}`);
    sent.push(outcome.token);
    counts.sent += 1;
  };
  // Any pending story but the ones kept to publish: the seeded queue first.
  const reject = async () => {
    const story = await db.story.findFirst({
      where: { status: "PENDING", receiptTokenHash: { notIn: sent.map(hashReceiptToken) } },
      select: { id: true },
      orderBy: { createdAt: "asc" },
    });
    if (!story) return;
    await rejectStory({ storyId: story.id, moderatorId: moderator.id, reason: "Berättelsen handlar inte om kontakt med socialtjänsten." });
    counts.rejected += 1;
  };
  const publish = async () => {
    const token = sent.shift();
    if (!token) return;
    const story = await db.story.findFirst({
      where: { receiptTokenHash: hashReceiptToken(token) },
      select: { id: true, title: true, body: true, tags: { select: { tagId: true } } },
    });
    if (!story) throw new Error("publish: a sent story is missing");
    await publishStory({
      storyId: story.id,
      moderatorId: moderator.id,
      title: story.title,
      body: story.body,
      tagIds: story.tags.map((tag) => tag.tagId),
      reply: { body: "Tack för att du berättade. Det du beskriver är viktigt för andra att läsa.", templateId: null },
    });
    published.push(token);
    counts.published += 1;
  };
  const withdraw = async () => {
    const token = published.shift();
    if (!token) return;
    await withdrawStory({ token });
    counts.withdrawn += 1;
  };

  // Enough stories to publish from the start.
  for (let i = 0; i < 3; i++) await send();
  const timers: ReturnType<typeof setInterval>[] = [];
  const running = new Set<Promise<void>>();
  const repeat = (name: string, ms: number, step: () => Promise<void>, now = false) => {
    let busy = false;
    const tick = () => {
      // A step still under way is not started twice: the churn slows down with the server.
      if (busy) return;
      busy = true;
      const done = step()
        .catch((error: unknown) => {
          if (counts.failures.length < 20) counts.failures.push(`${name}: ${(error as Error).message}`.slice(0, 300));
        })
        .finally(() => {
          busy = false;
          running.delete(done);
        });
      running.add(done);
    };
    if (now) tick();
    timers.push(setInterval(tick, ms));
  };
  repeat("send", every.sendMs, send);
  repeat("reject", every.rejectMs, reject, true);
  repeat("publish", every.publishMs, publish, true);
  repeat("withdraw", every.withdrawMs, withdraw);
  return {
    counts,
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running);
    },
  };
}
