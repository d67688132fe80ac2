// Keeps the labelled detector corpus honest: big enough, correctly labelled, and with enough
// sentences that must stay free of findings. The detector's own floors are tested elsewhere.
import { describe, expect, it } from "vitest";
import { luhnValid } from "../luhn";
import { normalizeForDetection } from "../normalize-for-detection";
import adversarialJson from "./sv-adversarial.json";
import heldoutJson from "./sv-heldout.json";
import corpusJson from "./sv-corpus.json";

type Entry = { text: string; expected: Array<{ kind: string; text: string }> };
// sv-corpus.json is the set the detector was tuned on; sv-heldout.json was written before anyone
// read the detector, so its scores are the honest ones. Both must meet the same labelling rules.
const CORPORA: Array<[string, Entry[]]> = [
  ["tuned (sv-corpus.json)", corpusJson as Entry[]],
  ["held-out (sv-heldout.json)", heldoutJson as Entry[]],
];

const KINDS = ["personnummer", "samordningsnummer", "phone", "email", "address", "postcode", "case-number", "date", "name"];

/** Occurrences of `needle` in `haystack` that do not overlap one another. */
function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

describe.each(CORPORA)("the labelled Swedish corpus, %s", (_name, corpus) => {
  it("has at least 300 sentences, none repeated", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((e) => e.text)).size).toBe(corpus.length);
  });

  it("labels only known kinds, with texts that occur verbatim, once per occurrence listed", () => {
    for (const entry of corpus) {
      const perText = new Map<string, number>();
      for (const item of entry.expected) {
        expect(KINDS, entry.text).toContain(item.kind);
        expect(item.text.length, entry.text).toBeGreaterThan(0);
        perText.set(item.text, (perText.get(item.text) ?? 0) + 1);
      }
      for (const [text, listed] of perText) {
        expect(occurrences(entry.text, text), `${text} in ${entry.text}`).toBeGreaterThanOrEqual(listed);
      }
    }
  });

  it("labels only personnummer and samordningsnummer with a valid Luhn digit and a plausible date", () => {
    for (const entry of corpus) {
      for (const item of entry.expected) {
        if (item.kind !== "personnummer" && item.kind !== "samordningsnummer") continue;
        const m = /^(?:\d{2})?(\d{6})[-+]?(\d{4})$/.exec(item.text);
        expect(m, item.text).not.toBeNull();
        const ten = m![1] + m![2];
        expect(luhnValid(ten), item.text).toBe(true);
        const month = Number(ten.slice(2, 4));
        const day = Number(ten.slice(4, 6));
        expect(month, item.text).toBeGreaterThanOrEqual(1);
        expect(month, item.text).toBeLessThanOrEqual(12);
        if (item.kind === "samordningsnummer") expect(day, item.text).toBeGreaterThan(60);
        else expect(day, item.text).toBeLessThanOrEqual(31);
      }
    }
  });

  it("has at least 20 positives of every kind", () => {
    const counts = new Map<string, number>();
    for (const e of corpus) for (const item of e.expected) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
    for (const kind of KINDS) expect(counts.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(20);
  });

  it("keeps at least 40% of sentences free of personal data, as tricky negatives", () => {
    const negatives = corpus.filter((e) => e.expected.length === 0).length;
    expect(negatives / corpus.length).toBeGreaterThanOrEqual(0.4);
  });
});

// The adversarial corpus is small and only about the kinds the server replaces, so it has its
// own rules: every number must still be a real one once its disguise is taken off, or a "miss"
// would prove nothing.
describe("the adversarial corpus (sv-adversarial.json)", () => {
  const corpus = adversarialJson as Entry[];
  const kinds = ["personnummer", "samordningsnummer", "phone", "email"];

  it("has at least 15 disguised items of each kind and at least 30 sentences that must stay clean", () => {
    for (const kind of kinds) {
      expect(corpus.flatMap((e) => e.expected).filter((item) => item.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
    }
    expect(corpus.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((e) => e.text)).size).toBe(corpus.length);
  });

  // Disguised means the detector's normalisation changes it, or its digits are spaced out, or
  // its digits are split by something other than the one dash, plus or space of the plain forms
  // (a tab, a line break, a dated front, a slash, parentheses or dots), or it is an e-mail address
  // (a private one at a public body's domain, or spaced around the "@").
  const PLAIN_IDENTITY = /^(?:\d{2})?\d{6}[-+ ]?\d{4}$/;
  const PLAIN_PHONE = /^\+?[\d -]+$/;
  it("disguises every item", () => {
    for (const entry of corpus) {
      for (const item of entry.expected) {
        const plain = item.kind === "phone" ? PLAIN_PHONE.test(item.text) : PLAIN_IDENTITY.test(item.text);
        const disguised = normalizeForDetection(entry.text).text !== entry.text || /\d \d/.test(item.text) || !plain || item.kind === "email";
        expect(disguised, JSON.stringify(item.text)).toBe(true);
      }
    }
  });

  it("labels texts that occur verbatim, and identity numbers that are valid under the disguise", () => {
    for (const entry of corpus) {
      for (const item of entry.expected) {
        expect(kinds, entry.text).toContain(item.kind);
        expect(entry.text, item.text).toContain(item.text);
        if (item.kind !== "personnummer" && item.kind !== "samordningsnummer") continue;
        const digits = normalizeForDetection(item.text).text.replace(/\D/g, "");
        expect([10, 12], item.text).toContain(digits.length);
        const ten = digits.slice(-10);
        expect(luhnValid(ten), item.text).toBe(true);
        expect(Number(ten.slice(4, 6)) > 60, item.text).toBe(item.kind === "samordningsnummer");
      }
    }
  });
});
