import { describe, expect, it } from "vitest";
import messages from "@/messages/sv/moderation-review.json";
import { commentDecisionSchema, publishStoryActionSchema, rejectStoryActionSchema } from "@/lib/moderation/schemas";
import { tagSchema } from "@/lib/tags/schemas";
import { templateSchema } from "@/lib/templates/schemas";
import type { z } from "zod";

// Every message key a schema can produce must have Swedish text in the namespace the form
// translates it with; otherwise the moderator would see only the generic line.
function keysFrom(schema: z.ZodType, inputs: unknown[]): string[] {
  return [...new Set(inputs.flatMap((input) => schema.safeParse(input).error?.issues.map((issue) => issue.message) ?? []))];
}

const long = (n: number) => "x".repeat(n);

describe("moderation error messages", () => {
  it("has text for every key of the review schemas", () => {
    const keys = [
      ...keysFrom(publishStoryActionSchema, [
        {},
        { storyId: "", title: "", body: "", tagIds: [], replyBody: "" },
        { storyId: "s", title: "Kort", body: "kort", tagIds: ["a", "a"], replyBody: "kort" },
        { storyId: "s", title: long(151), body: long(10_001), tagIds: ["", "b", "c", "d", "e", "f"], replyBody: long(5_001) },
        { storyId: "s", title: "Rubrik", body: long(300), tagIds: ["a"], replyBody: "Hej {{name}}, tack för din text." },
      ]),
      ...keysFrom(rejectStoryActionSchema, [{}, { storyId: "s", reason: "" }, { storyId: "s", reason: "kort" }, { storyId: "s", reason: long(5_001) }, { storyId: "s", reason: "Skälet: {{reason}}" }]),
      ...keysFrom(commentDecisionSchema, [{ commentId: "c", reason: long(1_001) }]),
    ];
    expect(keys.length).toBeGreaterThan(15);
    for (const key of keys) expect(messages.Review.errors, key).toHaveProperty(key);
  });

  it("has text for every key of the template and tag schemas", () => {
    const templateKeys = keysFrom(templateSchema, [
      {},
      { title: "", body: "", sortOrder: -1, active: true },
      { title: "Ab", body: "kort", sortOrder: 1.5, active: "ja" },
      { title: long(101), body: long(5_001), sortOrder: 10_000, active: true },
      { title: "???", body: long(30), sortOrder: 1, active: true },
    ]);
    for (const key of templateKeys) expect(messages.Templates.errors, key).toHaveProperty(key);
    const tagKeys = keysFrom(tagSchema, [{}, { name: "" }, { name: "A" }, { name: long(61) }, { name: "!!!" }, { name: "Namn", description: long(301) }]);
    for (const key of tagKeys) expect(messages.Tags.errors, key).toHaveProperty(key);
    expect(templateKeys.length + tagKeys.length).toBeGreaterThan(10);
  });
});
