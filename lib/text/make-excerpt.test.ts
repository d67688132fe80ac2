import { describe, it, expect } from "vitest";
import { makeExcerpt } from "./make-excerpt";

describe("makeExcerpt", () => {
  it("returns short text unchanged apart from folded whitespace", () => {
    expect(makeExcerpt("Första stycket.\n\nAndra  stycket.")).toBe("Första stycket. Andra stycket.");
  });

  it("cuts long text at a word boundary and marks the cut", () => {
    const text = `${"ord ".repeat(100)}slut`;
    const excerpt = makeExcerpt(text, 50);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt.endsWith("ord…")).toBe(true);
  });

  it("drops trailing punctuation before the ellipsis", () => {
    expect(makeExcerpt("Det här är en mening, och sedan fortsätter den länge", 22)).toBe("Det här är en mening…");
  });

  it("cuts a single long word rather than returning nothing", () => {
    expect(makeExcerpt("a".repeat(300), 10)).toBe(`${"a".repeat(10)}…`);
  });
});
