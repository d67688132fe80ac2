import { describe, expect, it } from "vitest";
import { suggestReplacements } from "@/lib/privacy/suggest-replacements";
import { excerptAround } from "./excerpt";
import { locateFinding } from "./use-debounced-findings";

describe("excerptAround", () => {
  it("shows the whole of a short text", () => {
    const text = "Ring 070-123 45 67 i dag.";
    const [finding] = suggestReplacements(text);
    expect(excerptAround(text, finding)).toEqual({ before: "Ring ", marked: "070-123 45 67", after: " i dag." });
  });

  it("cuts a long text at spaces and marks the cuts", () => {
    const text = `${"ord ".repeat(30)}ring 070-123 45 67 sedan ${"mer ".repeat(30)}`;
    const [finding] = suggestReplacements(text);
    const excerpt = excerptAround(text, finding);
    expect(excerpt.before.startsWith("…ord")).toBe(true);
    expect(excerpt.after.endsWith("…")).toBe(true);
    expect(excerpt.marked).toBe("070-123 45 67");
  });
});

describe("locateFinding", () => {
  it("finds the same finding again after the text before it changed", () => {
    const [finding] = suggestReplacements("Ring 070-123 45 67.");
    const moved = locateFinding("Snälla, ring 070-123 45 67.", finding);
    expect(moved).toMatchObject({ start: 13, text: "070-123 45 67" });
    expect(locateFinding("Ring inte.", finding)).toBeNull();
  });
});
