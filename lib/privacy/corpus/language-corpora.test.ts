// Keeps the Finnish and English corpora and the identity-cue corpus honest. They were written
// before the detector had any Finnish or English rules, so their scores are the honest estimate
// for text in those languages; this test only checks that they are big enough and labelled right.
import { describe, expect, it } from "vitest";
import { luhnValid } from "../luhn";
import { normalizeForDetection } from "../normalize-for-detection";
import enJson from "./en-corpus.json";
import enHeldoutJson from "./en-heldout.json";
import fiJson from "./fi-corpus.json";
import fiHeldoutJson from "./fi-heldout.json";
import cuesJson from "./identity-cues.json";

type Entry = { text: string; expected: Array<{ kind: string; text: string }> };
const LANGUAGE_KINDS = ["name", "personnummer", "samordningsnummer", "phone", "email"];

describe.each([
  ["Finnish (fi-corpus.json)", fiJson as Entry[]],
  ["English (en-corpus.json)", enJson as Entry[]],
])("the %s corpus", (_name, corpus) => {
  it("has at least 30 sentences, none repeated, a third of them without personal data", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((e) => e.text)).size).toBe(corpus.length);
    expect(corpus.filter((e) => e.expected.length === 0).length / corpus.length).toBeGreaterThanOrEqual(1 / 3);
  });

  it("labels only the measured kinds, with texts that occur verbatim", () => {
    for (const entry of corpus) {
      for (const item of entry.expected) {
        expect(LANGUAGE_KINDS, entry.text).toContain(item.kind);
        expect(entry.text, item.text).toContain(item.text);
      }
    }
  });

  it("has at least 20 names in context and some of each of the four kinds", () => {
    const items = corpus.flatMap((e) => e.expected);
    expect(items.filter((item) => item.kind === "name").length).toBeGreaterThanOrEqual(20);
    for (const kind of ["phone", "email"]) expect(items.some((item) => item.kind === kind), kind).toBe(true);
    expect(items.some((item) => item.kind === "personnummer" || item.kind === "samordningsnummer")).toBe(true);
  });
});

// Written after the Finnish and English rules, and never used to change them: the honest
// estimate, since the rules were fitted while reading the first two corpora's mistakes.
describe.each([
  ["Finnish held-out (fi-heldout.json)", fiHeldoutJson as Entry[]],
  ["English held-out (en-heldout.json)", enHeldoutJson as Entry[]],
])("the %s corpus", (_name, corpus) => {
  it("has at least 20 sentences, none repeated, with names and negatives", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((e) => e.text)).size).toBe(corpus.length);
    expect(corpus.flatMap((e) => e.expected).filter((item) => item.kind === "name").length).toBeGreaterThanOrEqual(10);
    expect(corpus.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(6);
  });

  it("labels only the measured kinds, with texts that occur verbatim", () => {
    for (const entry of corpus) {
      for (const item of entry.expected) {
        expect(LANGUAGE_KINDS, entry.text).toContain(item.kind);
        expect(entry.text, item.text).toContain(item.text);
      }
    }
  });
});

// A ten-digit form (YYMMDDNNNC) of a Swedish number, or null when it has another shape.
function swedishTen(written: string): string | null {
  const digits = normalizeForDetection(written).text.replace(/\D/g, "");
  return digits.length === 10 || digits.length === 12 ? digits.slice(-10) : null;
}

function dateValid(ten: string): boolean {
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6)) % 60;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

describe("the identity-cue corpus (identity-cues.json)", () => {
  const corpus = cuesJson as Entry[];

  it("has at least 15 numbers near a cue and 10 reference numbers", () => {
    expect(corpus.filter((e) => e.expected.length > 0).length).toBeGreaterThanOrEqual(15);
    expect(corpus.filter((e) => e.expected.length === 0).length).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map((e) => e.text)).size).toBe(corpus.length);
  });

  // Otherwise a hit would prove nothing: the check digit alone would have found the number.
  it("labels only date-valid numbers whose check digit is wrong", () => {
    for (const entry of corpus) {
      for (const item of entry.expected) {
        expect(entry.text).toContain(item.text);
        const ten = swedishTen(item.text);
        if (ten === null) {
          expect(item.text, "a Finnish identity code").toMatch(/^\d{6}[-+A]\d{3}[0-9A-Y]$/);
          continue;
        }
        expect(dateValid(ten), item.text).toBe(true);
        expect(luhnValid(ten), item.text).toBe(false);
      }
    }
  });

  // The reference numbers are the hard side: each one would pass as a date.
  it("puts a date-valid ten-digit number with a wrong check digit in every reference sentence", () => {
    for (const entry of corpus.filter((e) => e.expected.length === 0)) {
      const ten = /\d{10}/.exec(entry.text.replace(/[ -]/g, ""))?.[0];
      expect(ten, entry.text).toBeDefined();
      expect(dateValid(ten!), entry.text).toBe(true);
      expect(luhnValid(ten!), entry.text).toBe(false);
    }
  });
});
