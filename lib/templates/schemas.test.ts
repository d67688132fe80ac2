import { describe, expect, it } from "vitest";
import { templateSchema } from "./schemas";

const valid = { title: "Synpunkter på bemötande", body: "Tack för att du berättar om din upplevelse.", sortOrder: 1, active: true };
const messages = (input: unknown) => templateSchema.safeParse(input).error?.issues.map((issue) => issue.message) ?? [];

describe("templateSchema", () => {
  it("accepts a complete template", () => {
    expect(templateSchema.parse({ ...valid, body: `${valid.body}\r\n` }).body).toBe(valid.body);
  });

  it("names each problem with a message key", () => {
    expect(messages({ ...valid, title: "" })).toEqual(["titleRequired"]);
    expect(messages({ ...valid, title: "?!?" })).toEqual(["titleNeedsLetters"]);
    expect(messages({ ...valid, body: "För kort" })).toEqual(["bodyTooShort"]);
    expect(messages({ ...valid, sortOrder: Number.NaN })).toEqual(["sortOrderInvalid"]);
    expect(messages({ ...valid, sortOrder: -1 })).toEqual(["sortOrderInvalid"]);
    expect(messages({ ...valid, sortOrder: 1.5 })).toEqual(["sortOrderInvalid"]);
    expect(messages({ ...valid, active: "on" })).toEqual(["activeInvalid"]);
  });
});
