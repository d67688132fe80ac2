import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { listQueue } from "@/lib/moderation/list-queue";
import { countQueue } from "@/lib/moderation/queue-counts";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { describeEachDatabase } from "@/test/db-harness";
import { seedDemoQueue } from "./seed-demo-queue";
import { seedBaseContent, seedDemoStories } from "./seed-database";

// A new user on a fresh demo database finds a queue to work: pending stories (one urgent),
// pending comments, and one decision the demo colleague prepared, which the demo admin can
// approve, colleague review being in force with the two demo accounts.
describeEachDatabase("the demo's queue", () => {
  it("holds pending stories, an urgent one, comments and a decision waiting for a colleague", async () => {
    await seedBaseContent(db);
    await seedDemoStories(db);
    const demo = await ensureAdmin({ db, allowDemo: true });
    if (demo.kind !== "demo-created") throw new Error(`expected demo accounts, got ${demo.kind}`);
    await seedDemoQueue({ colleagueId: demo.colleague.id });

    expect((await getColleagueReview()).inForce).toBe(true);
    const counts = await countQueue();
    expect(counts).toMatchObject({ stories: 3, urgent: 1, awaitingColleague: 1, comments: 2 });
    const { stories } = await listQueue({ viewer: demo.id });
    // Urgent first, then the one waiting for a colleague, prepared by the demo colleague.
    expect(stories[0].urgent).toBe(true);
    expect(stories[1].prepared).toMatchObject({ kind: "PUBLISH", by: "Demokollega" });
    expect(stories[2].prepared).toBeNull();
  });
});
