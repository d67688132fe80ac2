import { describe, expect, it } from "vitest";
import { tagSchema } from "./schemas";

const messages = (input: unknown) => tagSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe("tagSchema", () => {
  it("accepts a name and an optional description", () => {
    expect(tagSchema.parse({ name: "  Skola  och förskola " })).toEqual({ name: "Skola och förskola", description: "", nameFi: "", nameEn: "", descriptionFi: "", descriptionEn: "" });
  });

  it("explains what is wrong with a name", () => {
    expect(messages({ name: "" })).toEqual(["nameRequired"]);
    expect(messages({ name: "A" })).toEqual(["nameTooShort"]);
    expect(messages({ name: "x".repeat(61) })).toEqual(["nameTooLong"]);
    expect(messages({ name: "!!!" })).toEqual(["nameNeedsLetters"]);
    expect(messages({ name: "Namn", description: "x".repeat(301) })).toEqual(["descriptionTooLong"]);
  });
});
