// Every file in lib/ that writes what readers can see (Story, Comment, Reply, Tag, StoryTag)
// empties the public cache on every instance (lib/cache/public-change.ts): it runs its writes in
// publicContentTransaction(), takes a PublicTx from a caller that did, or announces the change
// after writing. A new writer is found and checked without being listed; only the exceptions
// below are listed, each with the reason it can skip the announcement.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { newCommentData } from "@/lib/comments/comment-status";

const root = path.resolve(__dirname, "../..");

const exempt: Record<string, string> = {
  "lib/stories/create-story.ts": "creates a PENDING story, which no reader sees",
  "lib/comments/create-comment.ts": "creates a PENDING comment, which no reader sees",
  "lib/comments/create-author-comment.ts": "creates a PENDING comment, which no reader sees",
  "lib/retention/erase-expired-originals.ts": "blanks originalTitle/originalBody, which never leave the server (readerStorySelect)",
  "lib/moderation/claims.ts": "sets who works on a pending story (claimedById/claimedUntil), which no reader sees",
};

const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

const publicModels = "story|comment|reply|tag|storyTag";
const publicTables = "Story|Comment|Reply|Tag|StoryTag";
const writeMethods = "create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany";
const prismaWrite = new RegExp(`\\.(${publicModels})\\s*\\.\\s*(${writeMethods})\\s*\\(`);
const sqlWrite = new RegExp(`\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE(\\s+TABLE)?|COPY)\\s+"?(${publicTables})"?[\\s(,;]`, "i");

export function writesPublicContent(source: string): boolean {
  const code = stripComments(source);
  return prismaWrite.test(code) || sqlWrite.test(code);
}

export function announcesChange(source: string): boolean {
  const code = stripComments(source);
  return /\bpublicContentTransaction\s*\(/.test(code) || /:\s*PublicTx\b/.test(code) || /\bannouncePublicChange\s*\(/.test(code);
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const libFiles = filesUnder(path.join(root, "lib"))
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes(`${path.sep}cache${path.sep}`))
  .map((file) => path.relative(root, file).split(path.sep).join("/"));
const writers = libFiles.filter((file) => writesPublicContent(fs.readFileSync(path.join(root, file), "utf8")));

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
