// Every file in lib/ that writes a table readers see (Story, Comment, Reply, Tag, StoryTag)
// retires what it changed in the caches of every instance (lib/cache/public-change.ts): it runs
// its writes in publicContentTransaction(), takes a PublicTx from a caller that did, or announces
// the change after writing. A new writer is found and checked without being listed; only the
// exceptions below are listed, each with the reason it can skip the announcement: every write it
// makes changes nothing a reader can see. Which keys each write names is checked by running it
// (lib/cache/public-change-keys.integration.test.ts).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newCommentData } from "@/lib/comments/comment-status";
import { announcesChange, root, stripComments, writers, writesPublicContent } from "./public-writers";

const exempt: Record<string, string> = {
  "lib/stories/create-story.ts": "creates a PENDING story, which no reader sees",
  "lib/comments/create-comment.ts": "creates a PENDING comment, which no reader sees",
  "lib/comments/create-author-comment.ts": "creates a PENDING comment, which no reader sees",
  "lib/retention/erase-expired-originals.ts": "blanks originalTitle/originalBody, which never leave the server (readerStorySelect)",
  "lib/moderation/claims.ts": "sets who works on a pending story (claimedById/claimedUntil), which no reader sees",
  "lib/moderation/reject-story.ts": "rejects a PENDING story (whereEditable), which no reader saw and none will",
  "lib/moderation/edit-story.ts": "a moderator's save of a PENDING story (whereEditable), which no reader sees",
  "lib/moderation/clear-safety-flag.ts": "clears a flag on a PENDING story (whereEditable), and flags never leave the server",
  "lib/seed/seed-tag-translations.ts": "called only by seedBaseContent (lib/seed/seed-database.ts), which announces the change once every seed step is done",
  "lib/stories/edit-story-by-author.ts": "the author's edit of a PENDING story (whereEditable), which no reader sees",
  "lib/moderation/apply-story-edit.ts":
    "replaceStoryTags runs in its callers' transactions: a save or a prepared decision of a PENDING story, or applyPublication, which names the story's keys",
};

describe("the detector", () => {
  it("finds Prisma and SQL writes to public tables, and nothing else", () => {
    expect(writesPublicContent("await tx.story.updateMany({ where })")).toBe(true);
    expect(writesPublicContent("await db.storyTag\n  .createMany({ data })")).toBe(true);
    expect(writesPublicContent('await db.$executeRawUnsafe(`UPDATE "Story" SET title = $1`)')).toBe(true);
    expect(writesPublicContent('await client.query(`INSERT INTO "Comment" (id) VALUES ($1)`)')).toBe(true);
    expect(writesPublicContent('COPY "Story"(id, title) FROM STDIN')).toBe(true);
    expect(writesPublicContent("await db.story.findMany({ where })")).toBe(false);
    expect(writesPublicContent("await tx.auditLog.create({ data })")).toBe(false);
    expect(writesPublicContent("await tx.replyTemplate.update({ data })")).toBe(false);
    expect(writesPublicContent('VACUUM FULL "Story"')).toBe(false);
    expect(writesPublicContent("// await tx.story.update({})")).toBe(false);
  });

  it("accepts the three ways of announcing, and not a mention in a comment", () => {
    expect(announcesChange("return publicContentTransaction(async (tx) => {")).toBe(true);
    expect(announcesChange("export async function eraseStory(tx: PublicTx, options: X)")).toBe(true);
    expect(announcesChange("await announcePublicChange();")).toBe(true);
    expect(announcesChange("return db.$transaction(async (tx) => {")).toBe(false);
    expect(announcesChange("// call publicContentTransaction(")).toBe(false);
  });
});

describe("writers of public content", () => {
  it("are found: publishing, withdrawal, erasure, comments and themes", () => {
    expect(writers).toEqual(
      expect.arrayContaining([
        "lib/moderation/publish-story.ts",
        "lib/stories/withdraw-story.ts",
        "lib/stories/erase-story.ts",
        "lib/comments/decide-comment.ts",
        "lib/tags/update-tag.ts",
      ]),
    );
  });

  it.each(writers.filter((file) => !(file in exempt)))("%s empties the public cache", (file) => {
    expect(announcesChange(fs.readFileSync(path.join(root, file), "utf8"))).toBe(true);
  });

  it.each(Object.keys(exempt))("%s is still a writer, so its exemption still means something", (file) => {
    expect(writers).toContain(file);
  });

  it("exempt creators only ever create pending rows", () => {
    for (const file of ["lib/stories/create-story.ts", "lib/comments/create-comment.ts", "lib/comments/create-author-comment.ts"]) {
      const code = stripComments(fs.readFileSync(path.join(root, file), "utf8"));
      // A comment takes its first status from lib/comments/comment-status.ts, checked below.
      expect(code, file).toMatch(/status:\s*"PENDING"|\.\.\.newCommentData\b/);
      expect(code, file).not.toMatch(/"(PUBLISHED|APPROVED)"/);
    }
    expect(newCommentData).toEqual({ status: "PENDING" });
  });
});
