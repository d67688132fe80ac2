import { describe, expect, it } from "vitest";
import { applyReplacements } from "./apply-replacements";
import { countFindings, orderedCounts, readReplacementCounts } from "./count-findings";
import { suggestReplacements } from "./suggest-replacements";

const redactAll = (text: string) => applyReplacements(text, suggestReplacements(text));

describe("suggestReplacements", () => {
  it("turns a staff member's name into the role it already names", () => {
    expect(redactAll("Sedan sa handläggaren Anna att det var klart.")).toBe("Sedan sa min handläggare att det var klart.");
    expect(redactAll("Handläggaren Anna Svensson ringde.")).toBe("Min handläggare ringde.");
  });

  it("drops only the name after a role that is already indefinite", () => {
    expect(redactAll("Jag ringde min handläggare Anna i morse.")).toBe("Jag ringde min handläggare i morse.");
  });

  it("keeps the detector's neutral replacement for other names and kinds", () => {
    const findings = suggestReplacements("Jag träffade Anna Svensson. Ring 070-123 45 67.");
    expect(findings.map((f) => [f.kind, f.replacement])).toEqual([
      ["name", "[namn]"],
      ["phone", "[telefonnummer]"],
    ]);
  });
});

describe("counting findings", () => {
  it("counts per kind in display order", () => {
    const counts = countFindings(suggestReplacements("Ring 070-123 45 67, 08-123 456 78 eller anna@example.se."));
    expect(orderedCounts(counts)).toEqual([["email", 1], ["phone", 2]]);
  });

  it("reads stored counts defensively", () => {
    expect(readReplacementCounts({ phone: 2, email: 0, other: 3, name: "x" })).toEqual({ phone: 2 });
    expect(readReplacementCounts(null)).toEqual({});
    expect(readReplacementCounts([1])).toEqual({});
  });
});
