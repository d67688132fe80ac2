// The public server actions as the browser calls them, on a real database: the author's receipt
// actions are limited per source and per receipt, bad input is refused before any proof of work
// or rate-limit slot is spent, and every failure is a message key.
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { submitStory } from "@/lib/actions/public/story";
import { submitComment } from "@/lib/actions/public/comment";
import { saveAuthorEdit, submitAuthorComment } from "@/lib/actions/public/receipt";
import { db } from "@/lib/db";
import { publishStory } from "@/lib/moderation/publish-story";
import { sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { createStory } from "@/lib/stories/create-story";
import common from "@/messages/sv/common.json";
import { describeEachDatabase } from "@/test/db-harness";
import { solvedProof as proof } from "@/test/solved-proof";

const client = vi.hoisted(() => ({ address: "203.0.113.7" as string | null }));
vi.mock("@/lib/request/client-address", () => ({ clientAddress: async () => client.address }));
// The page's language comes with the request (proxy.ts hands it to next-intl), which a test has
// none of: the language tag next-intl would give, Swedish unless a case says otherwise.
const page = vi.hoisted(() => ({ localeTag: "sv-SE" }));
vi.mock("next-intl/server", async (importOriginal) => ({ ...(await importOriginal<object>()), getLocale: async () => page.localeTag }));

// Where a successful action sends the author.
async function redirectTarget(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (isRedirectError(error)) return error.digest.split(";")[2];
    throw error;
  }
  throw new Error("no redirect");
}

// An action that redirects on success throws Next's redirect; that counts as accepted here.
async function outcome(call: Promise<{ ok: boolean; message?: string }>): Promise<string> {
  try {
    const result = await call;
    return result.ok ? "ok" : (result.message ?? "?");
  } catch (error) {
    if (isRedirectError(error)) return "ok";
    throw error;
  }
}

describeEachDatabase("public server actions", () => {
  let tagIds: string[];
  let moderatorId: string;
  beforeAll(async () => {
    process.env.NEXTAUTH_SECRET = "public-action-test-secret-0123456789abcdef";
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
  });
  beforeEach(async () => {
    page.localeTag = "sv-SE";
    client.address = "203.0.113.7";
    await db.rateLimitHit.deleteMany();
    await db.spentChallenge.deleteMany();
  });

  async function story({ published }: { published: boolean }) {
    const title = `Min berättelse ${Math.random().toString(36).slice(2)}`;
    const { storyId, receiptToken } = await createStory({ title, body: sampleBody, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    if (published) {
      await publishStory({ storyId, moderatorId, title, body: sampleBody, tagIds: [tagIds[0]], reply: { body: "Tack för att du berättar.", templateId: null } });
    }
    return { storyId, token: receiptToken };
  }

  const authorComments = async (storyId: string) => db.comment.count({ where: { storyId, byStoryAuthor: true } });

  it("refuses the author's comments after the hourly limit: 25 in a row store only 10", async () => {
    const { storyId, token } = await story({ published: true });
    const outcomes: string[] = [];
    for (let i = 1; i <= 25; i++) outcomes.push(await outcome(submitAuthorComment(token, { body: `Tack för alla svar, nummer ${i}.` })));
    expect(outcomes).toEqual([...Array(10).fill("ok"), ...Array(15).fill("RATE_LIMITED")]);
    expect(await authorComments(storyId)).toBe(10);
  });

  it("counts per receipt, so changing address does not reopen a receipt's allowance", async () => {
    const { storyId, token } = await story({ published: true });
    const outcomes: string[] = [];
    for (let i = 1; i <= 12; i++) {
      client.address = `198.51.100.${i}`;
      outcomes.push(await outcome(submitAuthorComment(token, { body: `Från en ny adress, nummer ${i}.` })));
    }
    expect(outcomes.slice(10)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
    expect(await authorComments(storyId)).toBe(10);
  });

  it("counts per source, so one source cannot spread over many receipts", async () => {
    const first = await story({ published: true });
    const second = await story({ published: true });
    for (let i = 1; i <= 6; i++) expect(await outcome(submitAuthorComment(first.token, { body: `Första kvittot, nummer ${i}.` }))).toBe("ok");
    const outcomes: string[] = [];
    for (let i = 1; i <= 6; i++) outcomes.push(await outcome(submitAuthorComment(second.token, { body: `Andra kvittot, nummer ${i}.` })));
    expect(outcomes).toEqual(["ok", "ok", "ok", "ok", "RATE_LIMITED", "RATE_LIMITED"]);
  });

  it("refuses the author's edits after the hourly limit: 25 in a row save only 20", async () => {
    const { storyId, token } = await story({ published: false });
    const outcomes: string[] = [];
    for (let i = 1; i <= 25; i++) outcomes.push(await outcome(saveAuthorEdit(token, { title: `Ändrad rubrik ${i}`, body: sampleBody })));
    expect(outcomes).toEqual([...Array(20).fill("ok"), ...Array(5).fill("RATE_LIMITED")]);
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).title).toBe("Ändrad rubrik 20");
  });

  it("refuses a NUL byte or a lone surrogate next to the field, before any proof or slot is spent", async () => {
    const { storyId, token } = await story({ published: true });
    const payload = await proof();
    for (const body of ["Hej\u0000då, det här är en kommentar.", "En halv \uD83D emoji.", "Och \uDC00 den andra halvan."]) {
      const result = await submitComment(storyId, { body }, { proof: payload, trap: "" });
      expect(result).toEqual({ ok: false, message: "INVALID_INPUT", fieldErrors: { body: ["unstorableCharacter"] } });
      expect(await submitAuthorComment(token, { body })).toMatchObject({ message: "INVALID_INPUT", fieldErrors: { body: ["unstorableCharacter"] } });
      expect(await outcome(saveAuthorEdit(token, { title: `Rubrik ${body}`, body: sampleBody }))).toBe("INVALID_INPUT");
      const story = await submitStory({ title: "En rubrik", body: `${sampleBody}${body}`, tagIds: [tagIds[0]], municipalityCode: "", authorRole: "", consent: true }, { proof: payload, trap: "" });
      expect(story).toEqual({ ok: false, message: "INVALID_INPUT", fieldErrors: { body: ["unstorableCharacter"] } });
    }
    expect(await db.rateLimitHit.count()).toBe(0);
    expect(await db.spentChallenge.count()).toBe(0);
    // The proof was never spent, so the corrected comment goes through with it.
    expect(await submitComment(storyId, { body: "Hej då, det här är en kommentar." }, { proof: payload, trap: "" })).toEqual({ ok: true });
  });

  it("sends the author on in the language of the page they wrote on", async () => {
    const input = { title: "Otsikko", body: sampleBody, tagIds: [tagIds[0]], municipalityCode: "", authorRole: "" as const, consent: true, language: "fi" as const };
    page.localeTag = "fi-FI";
    const receipt = await redirectTarget(submitStory(input, { proof: await proof(), trap: "" }));
    expect(receipt).toMatch(/^\/fi\/kvitto\/[A-Za-z0-9_-]{43}\?ny=1$/);
    const token = receipt.split("/")[3].split("?")[0];
    page.localeTag = "en-GB";
    expect(await redirectTarget(saveAuthorEdit(token, { title: "Title", body: sampleBody }))).toBe(`/en/kvitto/${token}?klart=andrad`);
    page.localeTag = "sv-SE";
    expect(await redirectTarget(saveAuthorEdit(token, { title: "Rubrik", body: sampleBody }))).toBe(`/kvitto/${token}?klart=andrad`);
  });

  it("refuses a tag that no longer exists before spending the proof", async () => {
    const payload = await proof();
    const result = await submitStory(
      { title: "En rubrik", body: sampleBody, tagIds: ["finns-inte"], municipalityCode: "", authorRole: "", consent: true },
      { proof: payload, trap: "" },
    );
    expect(result).toEqual({ ok: false, message: "INVALID_INPUT", fieldErrors: { tagIds: ["tagUnknown"] } });
    expect(await db.spentChallenge.count()).toBe(0);
    expect(await db.rateLimitHit.count()).toBe(0);
  });

  it("answers every failure with a key under Common.errors, never with finished text", async () => {
    const pending = await story({ published: false });
    const failures = [
      await submitAuthorComment("x".repeat(43), { body: "Finns inte." }),
      await submitAuthorComment("inte ett kvitto", { body: "Fel form." }),
      await submitAuthorComment(pending.token, { body: "Inte publicerad än." }),
      await submitAuthorComment(pending.token, { body: "" }),
      await submitComment(pending.storyId, { body: "Utan kontroll." }),
      await submitComment(pending.storyId, { body: "Med en trasig kontroll." }, { proof: "eyJhIjoxfQ==" }),
      await submitComment({} as string, { body: "Fel sorts id." }),
      await submitStory("junk" as never),
    ];
    const keys = Object.keys(common.Common.errors);
    for (const failure of failures) {
      expect(failure.ok).toBe(false);
      expect(keys).toContain((failure as { message: string }).message);
    }
    expect(failures.map((failure) => (failure as { message: string }).message)).toEqual([
      "NOT_FOUND",
      "NOT_FOUND",
      "INVALID_STATE",
      "INVALID_INPUT",
      "PROOF_MISSING",
      "PROOF_INVALID",
      "NOT_FOUND",
      "INVALID_INPUT",
    ]);
  });
});
