// A personnummer, phone number or e-mail address written in disguise must not be stored as
// written. Every way author text reaches the database (a story, a comment, the author's edit and
// the author's comment) must replace it and drop invisible characters, while a public body's
// functional address stays. The whole database is searched afterwards, not just one column.
import { beforeAll, describe, expect, it } from "vitest";
import { createAuthorComment } from "@/lib/comments/create-author-comment";
import { createComment } from "@/lib/comments/create-comment";
import { commentSchema } from "@/lib/comments/schemas";
import { db } from "@/lib/db";
import { sampleBody, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { authorEditSchema } from "@/lib/stories/author-edit-schema";
import { createStory } from "@/lib/stories/create-story";
import { editStoryByAuthor } from "@/lib/stories/edit-story-by-author";
import { storySubmissionSchema } from "@/lib/stories/schemas";
import { describeEachDatabase } from "@/test/db-harness";
import { scanAllTables, tablesContaining } from "@/test/search-all-tables";
import { makeIdentityNumber } from "@/test/fixtures/personal-data-helpers";

const TEN = makeIdentityNumber("811218", "987");
const SAM = makeIdentityNumber("850709", "123", 60);
const disguise = (n: number) => {
  const wide = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  return {
    personnummer: `${TEN.slice(0, 3)}\u00AD${TEN.slice(3, 6)}\u200B\u2011${TEN.slice(6)}`,
    samordningsnummer: `${wide(SAM.slice(0, 6))}\uFF0D${wide(SAM.slice(6))}`,
    spaced: `19 ${TEN.slice(0, 2)} ${TEN.slice(2, 4)} ${TEN.slice(4, 6)} - ${TEN.slice(6, 8)} ${TEN.slice(8)}`,
    phone: `07${n}\u2060-123\u00A045\u202F67`,
    email: `an\u200Dna.svensson\uFF20example.se`,
  };
};
// What must not be found anywhere, in any form the detector could have let through.
const secrets = [TEN, SAM, TEN.slice(6), SAM.slice(6), "123 45 67", "1234567", "svensson", "\u200B", "\u00AD", "\u2060", "\u200D"];
const text = (n: number) => {
  const d = disguise(n);
  return (
    `Mitt personnummer ${d.personnummer}, sonens ${d.samordningsnummer}, skrivet ${d.spaced}. ` +
    `Ring ${d.phone} eller mejla ${d.email}. Klagomålet gick till registrator@ivo.se.\u200B`
  );
};
const expected = (stored: string) => {
  expect(stored).toContain("Mitt personnummer [personnummer], sonens [samordningsnummer], skrivet [personnummer].");
  expect(stored).toContain("Ring [telefonnummer] eller mejla [e-postadress]. Klagomålet gick till registrator@ivo.se.");
};

describeEachDatabase("disguised personal data never reaches the database", () => {
  let tagIds: string[];
  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
  });

  it("is replaced in a story, the author's edit of it, a comment and the author's comment", async () => {
    const submission = storySubmissionSchema.parse({
      title: `Ring ${disguise(0).phone}`,
      body: `${sampleBody} ${text(0)}`,
      tagIds: [tagIds[0]],
      municipalityCode: "",
      authorRole: "",
      consent: true,
    });
    const { storyId, receiptToken } = await createStory(submission);
    let story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(story.title).toBe("Ring [telefonnummer]");
    expected(story.body);
    expect(story.autoReplacements).toEqual({ personnummer: 2, samordningsnummer: 1, phone: 2, email: 1 });

    const edit = authorEditSchema.parse({ title: "Ändrad rubrik", body: `${sampleBody} ${text(2)}` });
    await editStoryByAuthor({ token: receiptToken, ...edit });
    story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expected(story.body);
    expected(story.originalBody!);

    await db.story.update({ where: { id: storyId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    const { commentId } = await createComment({ storyId, ...commentSchema.parse({ body: text(3) }) });
    const { commentId: authorCommentId } = await createAuthorComment({ token: receiptToken, ...commentSchema.parse({ body: text(6) }) });
    for (const id of [commentId, authorCommentId]) expected((await db.comment.findUniqueOrThrow({ where: { id } })).body);

    // The scan must see the rows, or an empty result would prove nothing.
    const rows = await scanAllTables();
    for (const id of [storyId, commentId, authorCommentId]) expect(rows.some(({ row }) => row.includes(id))).toBe(true);
    expect(await tablesContaining(secrets)).toEqual([]);
  });

  it("also drops invisible characters from text that went round the schema", async () => {
    const { storyId } = await createStory({
      title: "Rubrik\u200B med\u2060 dolt",
      body: `${sampleBody}\uFEFF Slut\u00AD.`,
      tagIds: [tagIds[0]],
      municipalityCode: null,
      authorRole: null,
    });
    const story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(story.title).toBe("Rubrik med dolt");
    expect(story.body).toBe(`${sampleBody} Slut.`);
  });
});

describe("the form schemas", () => {
  it("do not count invisible characters toward the minimum length", () => {
    const result = storySubmissionSchema.safeParse({
      title: "\u200B".repeat(10),
      body: `Kort.${"\u200B".repeat(300)}`,
      tagIds: ["t"],
      municipalityCode: "",
      authorRole: "",
      consent: true,
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toEqual(expect.arrayContaining(["titleRequired", "bodyTooShort"]));
  });
});
