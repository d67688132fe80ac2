import { randomInt } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { createAuthorComment } from "@/lib/comments/create-author-comment";
import { createComment } from "@/lib/comments/create-comment";
import { rejectComment } from "@/lib/comments/reject-comment";
import { currentDbHandle, db } from "@/lib/db";
import { editStory } from "@/lib/moderation/edit-story";
import { publishStory } from "@/lib/moderation/publish-story";
import { rejectStory } from "@/lib/moderation/reject-story";
import { approveStoryDecision, prepareStoryDecision, returnStoryDecision } from "@/lib/moderation/colleague-review";
import { addStoryNote } from "@/lib/moderation/story-notes";
import { allowSingleStepDecisions, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { runRetention } from "@/lib/retention/run-retention";
import { createStory } from "@/lib/stories/create-story";
import { eraseStoryByAuthor } from "@/lib/stories/erase-story-by-author";
import { describeEachDatabase } from "@/test/db-harness";
import { rowsContaining } from "@/test/search-all-tables";
import { erasurePendingSince, takeErasurePending } from "./erasure-pending";
import { ERASED_TABLES, scrubErasedText } from "./scrub-erased-text";

// Lower-case letters no detector reads as a name or number, with å, ä and ö so that the UTF-8
// form differs from Latin-1 and UTF-16. Each word is unique to this run.
const letters = "bcdfghjklmnpqrstvwxzåäö";
const WORD_LENGTH = 10;
const word = () => Array.from({ length: WORD_LENGTH }, () => letters[randomInt(letters.length)]).join("");
const words = (count: number) => Array.from({ length: count }, word);

// The erased words as they would sit in a file in UTF-8 (the database encoding), Latin-1 or
// UTF-16: each file is read as bytes, runs of the alphabet in each encoding are decoded, and
// every ten-letter window is looked up. One pass per encoding keeps this linear in the size of
// the data directory. WAL inserts a page header every 8 kB, which can split one word; with
// hundreds of words, some always survive whole.
const runs: { pattern: RegExp; decode: (run: string) => string }[] = [
  { pattern: /(?:[bcdfghjklmnpqrstvwxz]|\xC3[\xA5\xA4\xB6])+/g, decode: (run) => Buffer.from(run, "latin1").toString("utf8") },
  { pattern: /[bcdfghjklmnpqrstvwxz\xE5\xE4\xF6]+/g, decode: (run) => run },
  { pattern: /(?:[bcdfghjklmnpqrstvwxz\xE5\xE4\xF6]\x00)+/g, decode: (run) => Buffer.from(run, "latin1").toString("utf16le") },
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function findOnDisk(dir: string, secrets: string[]): string[] {
  const wanted = new Set(secrets);
  const hits = new Set<string>();
  for (const file of filesUnder(dir)) {
    const bytes = fs.readFileSync(file).toString("latin1");
    for (const { pattern, decode } of runs) {
      for (const match of bytes.matchAll(pattern)) {
        const text = decode(match[0]);
        for (let i = 0; i + WORD_LENGTH <= text.length; i++) {
          const candidate = text.slice(i, i + WORD_LENGTH);
          if (wanted.has(candidate)) hits.add(`${path.relative(dir, file)}: ${candidate}`);
        }
      }
    }
  }
  return [...hits];
}

describeEachDatabase("scrubbing erased text from the database files", (kind) => {
  let tagIds: string[];
  let moderatorId: string;
  let colleagueId: string;
  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
    colleagueId = (await seedModerator("Kollega")).id;
    // Stories A to C are decided in one step; D and E go through a colleague all the same.
    await allowSingleStepDecisions();
  });

  // Colleague review keeps a prepared reply (and a send-back's comment) in PreparedDecision
  // until a colleague approves it. Story D: its publication is prepared, and the author erases
  // it while it waits. Story E: its publication is prepared and sent back, then a rejection is
  // prepared and approved, and retention erases it.
  async function erasePreparedDecisions(): Promise<{ erased: string[]; replies: string[] }> {
    const d = { body: words(40), reply: words(5) };
    const waiting = await createStory({ title: "Förberedd", body: d.body.join(" "), tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    await prepareStoryDecision({
      storyId: waiting.storyId,
      moderatorId,
      decision: { kind: "PUBLISH", edit: { title: "Förberedd", body: d.body.join(" "), tagIds: [tagIds[0]] }, reply: { body: d.reply.join(" "), templateId: null } },
    });
    await eraseStoryByAuthor({ token: waiting.receiptToken });

    const e = { body: words(40), reply: words(5), comment: words(5), reason: words(5) };
    const returned = await createStory({ title: "Tillbakaskickad", body: e.body.join(" "), tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    const then = new Date("2026-01-01");
    await prepareStoryDecision({
      storyId: returned.storyId,
      moderatorId,
      decision: { kind: "PUBLISH", edit: { title: "Tillbakaskickad", body: e.body.join(" "), tagIds: [tagIds[0]] }, reply: { body: e.reply.join(" "), templateId: null } },
      now: then,
    });
    await returnStoryDecision({ storyId: returned.storyId, moderatorId: colleagueId, comment: e.comment.join(" "), now: then });
    await prepareStoryDecision({ storyId: returned.storyId, moderatorId, decision: { kind: "REJECT", reason: e.reason.join(" ") }, now: then });
    await approveStoryDecision({ storyId: returned.storyId, moderatorId: colleagueId, now: then });
    return { erased: [...Object.values(d).flat(), ...Object.values(e).flat()], replies: [...d.reply, ...e.reply, ...e.comment] };
  }

  // Story A: published with a reply, a reader's comment rejected with a reason, the author's own
  // comment; erased by its author. Story B: rejected with a reason, erased by retention.
  // Story C: published after a moderator's edit; its original text is erased by retention.
  async function eraseThreeWays(): Promise<{ erased: string[]; kept: string[]; preparedReplies: string[] }> {
    const prepared = await erasePreparedDecisions();
    const a = { title: words(3), body: words(300), reply: words(5), comment: words(5), reason: words(5), own: words(5), note: words(5) };
    const created = await createStory({ title: a.title.join(" "), body: a.body.join(" "), tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    await publishStory({ storyId: created.storyId, moderatorId, title: a.title.join(" "), body: a.body.join(" "), tagIds: [tagIds[0]], reply: { body: a.reply.join(" "), templateId: null } });
    const { commentId } = await createComment({ storyId: created.storyId, body: a.comment.join(" ") });
    await rejectComment({ commentId, moderatorId, reason: a.reason.join(" ") });
    await createAuthorComment({ token: created.receiptToken, body: a.own.join(" ") });
    await addStoryNote({ storyId: created.storyId, moderatorId, body: a.note.join(" ") });
    await eraseStoryByAuthor({ token: created.receiptToken });

    const b = { body: words(40), reason: words(5) };
    const rejected = await createStory({ title: "Avvisad", body: b.body.join(" "), tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    await rejectStory({ storyId: rejected.storyId, moderatorId, reason: b.reason.join(" "), now: new Date("2026-01-01") });

    const c = { original: words(40), published: words(40) };
    const edited = await createStory({ title: "Redigerad", body: c.original.join(" "), tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    await editStory({ storyId: edited.storyId, moderatorId, title: "Redigerad", body: c.published.join(" "), tagIds: [tagIds[0]] });
    await publishStory({ storyId: edited.storyId, moderatorId, title: "Redigerad", body: c.published.join(" "), tagIds: [tagIds[0]], reply: { body: "Tack.", templateId: null }, now: new Date("2026-01-01") });
    const result = await runRetention({
      config: { rejectedDays: 30, withdrawnDays: 30, originalTextDays: 30, siteFeedbackDays: 30, intervalMinutes: 60, batchSize: 50, batchPauseMs: 0 },
      now: new Date("2026-06-01"),
    });
    expect(result.storiesErased).toBeGreaterThanOrEqual(1);
    expect(result.originalsErased).toBeGreaterThanOrEqual(1);
    const erased = [...Object.values(a).flat(), ...Object.values(b).flat(), ...c.original, ...prepared.erased];
    // Gone from every table, on both databases: the prepared replies, the send-back's comment.
    for (const secret of prepared.erased) expect(await rowsContaining(secret), secret).toEqual([]);
    return { erased, kept: c.published, preparedReplies: prepared.replies };
  }

  if (kind === "pglite") {
    it("leaves no erased word in any file under the data directory", async () => {
      const dataDir = currentDbHandle().pglite!.dataDir!;
      takeErasurePending();
      const { erased, kept, preparedReplies } = await eraseThreeWays();
      expect(erasurePendingSince()).toBeDefined();

      // The grep works: without the scrub, a checkpoint writes the erased rows' pages as they
      // are, and the words are found in the heap files and the WAL.
      await currentDbHandle().pglite!.exec("CHECKPOINT");
      const before = findOnDisk(dataDir, erased);
      expect(before.some((hit) => hit.startsWith("base/"))).toBe(true);
      expect(before.some((hit) => hit.startsWith("pg_wal/"))).toBe(true);

      const result = await scrubErasedText();
      expect(result.statements.map((statement) => statement.sql)).toEqual([
        ...ERASED_TABLES.map((table) => `VACUUM FULL "${table}"`),
        "SET wal_recycle = off; CHECKPOINT; SELECT pg_switch_wal(); CHECKPOINT;",
      ]);
      expect(findOnDisk(dataDir, erased)).toEqual([]);
      // The prepared replies were on disk before the scrub, so their absence after it means something.
      expect(before.some((hit) => preparedReplies.some((secret) => hit.endsWith(`: ${secret}`)))).toBe(true);
      // What was not erased is still there, on disk and in queries.
      expect(findOnDisk(dataDir, kept.slice(0, 5)).length).toBeGreaterThan(0);
      expect(await db.story.count({ where: { body: kept.join(" ") } })).toBe(1);
    }, 240_000);
  } else {
    it("vacuums and analyzes every table an erasure touches", { timeout: 120_000 }, async () => {
      await eraseThreeWays();
      const result = await scrubErasedText();
      expect(result.kind).toBe("postgres");
      const rows = await db.$queryRawUnsafe<{ relname: string; vacuumed: boolean; analyzed: boolean }[]>(
        `SELECT relname::text AS relname, last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analyzed
         FROM pg_stat_user_tables WHERE relname::text = ANY($1) ORDER BY relname::text`,
        [...ERASED_TABLES],
      );
      expect(rows).toEqual([...ERASED_TABLES].sort().map((relname) => ({ relname, vacuumed: true, analyzed: true })));
    });
  }
});
