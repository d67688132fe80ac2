import { describe, expect, it } from "vitest";
import { commentDecisionSchema, publishStoryActionSchema, rejectStoryActionSchema, storyEditSchema } from "./schemas";

const body = "x".repeat(200);
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("storyEditSchema", () => {
  it("applies the author's limits: title 5–150, body 200–10,000, 1–5 tags", () => {
    expect(storyEditSchema.safeParse({ title: "Rubrik", body, tagIds: ["a"] }).success).toBe(true);
    expect(messages(storyEditSchema.safeParse({ title: "Kort", body, tagIds: ["a"] }))).toEqual(["titleTooShort"]);
    expect(messages(storyEditSchema.safeParse({ title: "x".repeat(151), body, tagIds: ["a"] }))).toEqual(["titleTooLong"]);
    expect(messages(storyEditSchema.safeParse({ title: "Rubrik", body: "x".repeat(199), tagIds: ["a"] }))).toEqual(["bodyTooShort"]);
    expect(messages(storyEditSchema.safeParse({ title: "Rubrik", body: "x".repeat(10_001), tagIds: ["a"] }))).toEqual(["bodyTooLong"]);
    expect(messages(storyEditSchema.safeParse({ title: "Rubrik", body, tagIds: [] }))).toEqual(["tagsRequired"]);
    expect(messages(storyEditSchema.safeParse({ title: "Rubrik", body, tagIds: ["a", "b", "c", "d", "e", "f"] }))).toEqual(["tagsTooMany"]);
  });

  it("normalises line breaks and surrounding space before counting", () => {
    const parsed = storyEditSchema.parse({ title: "  En   rubrik ", body: `  ${"y".repeat(199)}\r\nz `, tagIds: ["a"] });
    expect(parsed.title).toBe("En rubrik");
    expect(parsed.body).toBe(`${"y".repeat(199)}\nz`);
  });
});

describe("publishStoryActionSchema", () => {
  const valid = { storyId: "s1", version: 3, title: "Rubrik", body, tagIds: ["a"], replyBody: "Tack för att du berättar.", templateId: "" };

  it("needs a reply and turns an empty template choice into null", () => {
    expect(publishStoryActionSchema.parse(valid).templateId).toBeNull();
    expect(messages(publishStoryActionSchema.safeParse({ ...valid, replyBody: "  " }))).toEqual(["replyRequired"]);
    expect(messages(publishStoryActionSchema.safeParse({ ...valid, replyBody: "Tack" }))).toEqual(["replyTooShort"]);
    expect(messages(publishStoryActionSchema.safeParse({ ...valid, replyBody: "x".repeat(5_001) }))).toEqual(["replyTooLong"]);
    expect(messages(publishStoryActionSchema.safeParse({ ...valid, storyId: "" }))).toEqual(["idRequired"]);
    expect(messages(publishStoryActionSchema.safeParse({ ...valid, replyBody: "Hej {{name}}, tack för texten." }))).toEqual(["replyHasPlaceholder"]);
    // A fact reference no current fact filled in (lib/templates/render-template.ts) is refused the same way.
    expect(messages(publishStoryActionSchema.safeParse({ ...valid, replyBody: "Ring IVO på {{fakta:finns-inte}} om du vill." }))).toEqual(["replyHasPlaceholder"]);
  });

  it("needs the version the form started from", () => {
    const { version: _left, ...withoutVersion } = valid;
    expect(messages(publishStoryActionSchema.safeParse(withoutVersion))).toEqual(["versionRequired"]);
    expect(messages(publishStoryActionSchema.safeParse({ ...valid, version: 0 }))).toEqual(["versionRequired"]);
    expect(publishStoryActionSchema.parse({ ...valid, version: "4" }).version).toBe(4);
  });
});

describe("rejectStoryActionSchema", () => {
  it("requires a reason the author can read", () => {
    expect(messages(rejectStoryActionSchema.safeParse({ storyId: "s1", version: 1, reason: "" }))).toEqual(["reasonRequired"]);
    expect(messages(rejectStoryActionSchema.safeParse({ storyId: "s1", version: 1, reason: "Kort" }))).toEqual(["reasonTooShort"]);
    expect(messages(rejectStoryActionSchema.safeParse({ storyId: "s1", version: 1, reason: "Skälet är: {{reason}}" }))).toEqual(["reasonHasPlaceholder"]);
    expect(rejectStoryActionSchema.parse({ storyId: "s1", version: 1, reason: " Innehåller namn.\r\n" }).reason).toBe("Innehåller namn.");
  });
});

describe("commentDecisionSchema", () => {
  it("makes the reason optional and bounded", () => {
    expect(commentDecisionSchema.parse({ commentId: "c1" }).reason).toBeNull();
    expect(commentDecisionSchema.parse({ commentId: "c1", reason: "  " }).reason).toBeNull();
    expect(commentDecisionSchema.parse({ commentId: "c1", reason: " Namn " }).reason).toBe("Namn");
    expect(messages(commentDecisionSchema.safeParse({ commentId: "c1", reason: "x".repeat(1_001) }))).toEqual(["commentReasonTooLong"]);
    expect(commentDecisionSchema.safeParse({ reason: "x" }).success).toBe(false);
  });
});
