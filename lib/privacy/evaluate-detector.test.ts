import { describe, expect, it } from "vitest";
import { type CorpusEntry, type DetectedSpan, evaluateDetector, locateExpected } from "./evaluate-detector";

// A fake detector: finds every occurrence of fixed strings. It tests the scoring, not detection.
function fakeDetect(rules: Array<{ kind: string; text: string }>) {
  return (text: string): DetectedSpan[] => {
    const out: DetectedSpan[] = [];
    for (const r of rules) {
      for (let i = text.indexOf(r.text); i >= 0; i = text.indexOf(r.text, i + 1)) {
        out.push({ kind: r.kind, start: i, end: i + r.text.length });
      }
    }
    return out;
  };
}

const corpus: CorpusEntry[] = [
  { text: "Ring 070-123 45 67 eller 070-123 45 67.", expected: [{ kind: "phone", text: "070-123 45 67" }, { kind: "phone", text: "070-123 45 67" }] },
  { text: "Handläggaren Anna sa nej.", expected: [{ kind: "name", text: "Anna" }] },
  { text: "Det kostar 3 000 kr per månad.", expected: [] },
  { text: "Mitt nummer är 811218-9876.", expected: [{ kind: "personnummer", text: "811218-9876" }] },
  { text: "Hans nummer är 811278-9871.", expected: [{ kind: "samordningsnummer", text: "811278-9871" }] },
];

describe("locateExpected", () => {
  it("consumes repeated texts left to right", () => {
    const spans = locateExpected(corpus[0]);
    expect(spans.map((s) => s.start)).toEqual([5, 25]);
  });

  it("throws when an expected text is missing", () => {
    expect(() => locateExpected({ text: "inget här", expected: [{ kind: "name", text: "Anna" }] })).toThrow(/not found/);
  });
});

describe("evaluateDetector", () => {
  it("counts true positives, false positives and false negatives per kind", () => {
    const detect = fakeDetect([
      { kind: "phone", text: "070-123 45 67" }, // both occurrences: 2 TP
      { kind: "name", text: "Handläggaren" }, // wrong span: FP, and Anna is a FN
      { kind: "phone", text: "3 000" }, // FP
      { kind: "personnummer", text: "811218-98" }, // overlapping partial span still matches
      { kind: "personnummer", text: "811278-9871" }, // right number, wrong kind
    ]);
    const { byKind, byGroup, mistakes } = evaluateDetector(corpus, detect);

    expect(byKind.phone).toEqual({ truePositives: 2, falsePositives: 1, falseNegatives: 0, precision: 2 / 3, recall: 1 });
    expect(byKind.name).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1, precision: 0, recall: 0 });
    expect(byKind.personnummer).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0, precision: 0.5, recall: 1 });
    expect(byKind.samordningsnummer).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 1, precision: 1, recall: 0 });
    // Scored together, a samordningsnummer reported as a personnummer is still a hit.
    expect(byGroup["personnummer+samordningsnummer"]).toEqual({
      truePositives: 2,
      falsePositives: 0,
      falseNegatives: 0,
      precision: 1,
      recall: 1,
    });
    expect(mistakes.filter((m) => m.type === "false-negative").map((m) => m.text).sort()).toEqual(["811278-9871", "Anna"]);
  });

  it("matches each finding at most once", () => {
    // One finding covering both expected phone numbers hits only one of them.
    const detect = () => [{ kind: "phone", start: 0, end: 38 }];
    const { byKind } = evaluateDetector([corpus[0]], detect);
    expect(byKind.phone).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
  });

  it("gives a perfect score to a perfect detector and to an empty corpus", () => {
    const perfect = (text: string) =>
      locateExpected(corpus.find((e) => e.text === text)!).map(({ kind, start, end }) => ({ kind, start, end }));
    const { byKind, mistakes } = evaluateDetector(corpus, perfect);
    for (const s of Object.values(byKind)) expect(s).toMatchObject({ precision: 1, recall: 1, falsePositives: 0 });
    expect(mistakes).toEqual([]);
    expect(evaluateDetector([], perfect).byKind).toEqual({});
  });
});
