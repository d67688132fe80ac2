import { describe, expect, it } from "vitest";
import facts from "@/messages/sv/moderation-facts.json";
import review from "@/messages/sv/moderation-review.json";
import moderation from "@/messages/sv/moderation.json";
import { unstorableFields } from "./unstorable-fields";

describe("unstorableFields", () => {
  it("names each top-level field holding a NUL or a lone surrogate, in text or in a list", () => {
    expect(unstorableFields({ title: "ok", body: "a\u0000b", tagIds: ["t1", "\udc00"], reason: "\ud83d\ude00 hel emoji", version: 3 })).toEqual({
      body: ["unstorableCharacter"],
      tagIds: ["unstorableCharacter"],
    });
    expect(unstorableFields({ note: "x\ud800" })).toEqual({ note: ["unstorableCharacter"] });
    expect(unstorableFields("\u0000")).toEqual({ _form: ["unstorableCharacter"] });
    expect(unstorableFields(null)).toEqual({});
    expect(unstorableFields({ body: "Åäö – “citat” 😀" })).toEqual({});
  });

  it("has Swedish text in every moderator form's error messages", () => {
    const namespaces = {
      "Facts.errors": facts.Facts.errors,
      "HouseStyle.errors": facts.HouseStyle.errors,
      "Review.errors": review.Review.errors,
      "Review.notes.errors": review.Review.notes.errors,
      "Templates.errors": review.Templates.errors,
      "Tags.errors": review.Tags.errors,
      "Queue.handover.errors": moderation.Queue.handover.errors,
      "Accounts.errors": moderation.Accounts.errors,
    };
    for (const [name, errors] of Object.entries(namespaces)) expect(errors, name).toHaveProperty("unstorableCharacter");
  });
});
