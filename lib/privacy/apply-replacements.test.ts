import { describe, expect, it } from "vitest";
import { applyReplacements } from "./apply-replacements";
import { detectPersonalData } from "./detect-personal-data";

describe("applyReplacements", () => {
  it("replaces every finding and keeps the text around them", () => {
    const text = "Ring 070-123 45 67 eller mejla anna@example.se, handläggaren Anna svarar.";
    expect(applyReplacements(text, detectPersonalData(text))).toBe(
      "Ring [telefonnummer] eller mejla [e-postadress], handläggaren [namn] svarar.",
    );
  });

  it("does not depend on the order the findings are given in", () => {
    const text = "19121212-1212 bor på Storgatan 12";
    const findings = detectPersonalData(text).reverse();
    expect(applyReplacements(text, findings)).toBe("[personnummer] bor på [adress]");
  });

  it("returns the text unchanged when there is nothing to replace", () => {
    expect(applyReplacements("Jag fick ett beslut i mars.", [])).toBe("Jag fick ett beslut i mars.");
  });

  it("skips a finding that overlaps one already replaced instead of garbling the text", () => {
    const text = "abcdef";
    const result = applyReplacements(text, [
      { kind: "name", start: 0, end: 4, text: "abcd", replacement: "[namn]" },
      { kind: "name", start: 2, end: 6, text: "cdef", replacement: "[namn]" },
    ]);
    expect(result).toBe("ab[namn]");
  });
});
