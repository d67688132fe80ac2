import { describe, expect, it } from "vitest";
import { firstFreeSlug } from "./unique-slug";

describe("firstFreeSlug", () => {
  it("uses the base when it is free", () => {
    expect(firstFreeSlug("bemotande", ["bemotande-svar"])).toBe("bemotande");
  });

  it("adds the lowest free number", () => {
    expect(firstFreeSlug("bemotande", ["bemotande", "bemotande-2", "bemotande-4"])).toBe("bemotande-3");
  });
});
