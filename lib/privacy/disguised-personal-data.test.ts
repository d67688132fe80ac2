// Personal data written to slip past a filter. The detector must see through the
// disguise, and report the author's own characters, so that the one-click replacement in the
// browser and the server's replacement before storage leave nothing of the number behind.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyReplacements } from "./apply-replacements";
import { detectPersonalData } from "./detect-personal-data";
import { privacyMarkersFor } from "./privacy-markers";
import { redactForStorage } from "./redact-for-storage";
import { suggestReplacements } from "./suggest-replacements";
import { found, makeIdentityNumber } from "@/test/fixtures/personal-data-helpers";

const PERSONNUMMER = makeIdentityNumber("811218", "987");
const INVISIBLE = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"];
const HYPHENS = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFF0D"];
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

// One disguised writing of the personnummer: full-width digits or not, any hyphen, and
// invisible characters between any two characters.
const disguised = fc
  .record({
    wide: fc.boolean(),
    hyphen: fc.constantFrom(...HYPHENS),
    inserts: fc.array(fc.tuple(fc.nat(11), fc.constantFrom(...INVISIBLE)), { maxLength: 6 }),
  })
  .map(({ wide, hyphen, inserts }) => {
    const digits = wide ? fullWidth(PERSONNUMMER) : PERSONNUMMER;
    const chars = [...digits.slice(0, 6), hyphen, ...digits.slice(6)];
    for (const [at, invisible] of inserts) chars[1 + (at % 10)] = invisible + chars[1 + (at % 10)];
    return chars.join("");
  });

describe("personal data in disguise", () => {
  it.each([
    ["a zero-width space", `Mitt personnummer är ${PERSONNUMMER.slice(0, 6)}\u200B-${PERSONNUMMER.slice(6)}.`],
    ["a soft hyphen", `Mitt personnummer är ${PERSONNUMMER.slice(0, 3)}\u00AD${PERSONNUMMER.slice(3, 6)}-${PERSONNUMMER.slice(6)}.`],
    ["a non-breaking hyphen", `Mitt personnummer är ${PERSONNUMMER.slice(0, 6)}\u2011${PERSONNUMMER.slice(6)}.`],
    ["full-width digits", `Mitt personnummer är ${fullWidth(PERSONNUMMER.slice(0, 6))}\uFF0D${fullWidth(PERSONNUMMER.slice(6))}.`],
    ["spaced digits", "Mitt personnummer är 19 81 12 18 - 98 76.".replace("98 76", `${PERSONNUMMER.slice(6, 8)} ${PERSONNUMMER.slice(8)}`)],
  ])("finds a personnummer written with %s, at the author's offsets", (_how, sentence) => {
    const [finding] = detectPersonalData(sentence);
    expect(finding?.kind).toBe("personnummer");
    expect(sentence.slice(finding.start, finding.end)).toBe(finding.text);
    expect(sentence.slice(0, finding.start)).toBe("Mitt personnummer är ");
    expect(sentence.slice(finding.end)).toBe(".");
  });

  it("finds phone numbers and e-mail addresses in disguise", () => {
    expect(found("Ring 070\u2011123\u00A045\u202F67 i kväll.")).toEqual([["phone", "070\u2011123\u00A045\u202F67"]]);
    expect(found("Ring \uFF10\uFF17\uFF10\u200B-123 45 67.")).toEqual([["phone", "\uFF10\uFF17\uFF10\u200B-123 45 67"]]);
    expect(found("Mejla anna\uFF20example.se.")).toEqual([["email", "anna\uFF20example.se"]]);
    expect(found("Mejla an\u00ADna@exam\u200Bple.se.")).toEqual([["email", "an\u00ADna@exam\u200Bple.se"]]);
  });

  it("one click replaces exactly the disguised number and nothing around it, however it is written", () => {
    fc.assert(
      fc.property(disguised, fc.constantFrom("Mitt nummer ", "Hon skrev: ", ""), (number, before) => {
        const text = `${before}${number} stod i brevet.`;
        const findings = suggestReplacements(text);
        expect(findings.map((f) => f.kind)).toEqual(["personnummer"]);
        expect(applyReplacements(text, findings)).toBe(`${before}[personnummer] stod i brevet.`);
      }),
      { numRuns: 300 },
    );
  });

  it("the server stores none of it, and no invisible character either", () => {
    fc.assert(
      fc.property(disguised, (number) => {
        const { text, replacements } = redactForStorage(`Nummer ${number}\u200B, ring 070\u2011123 45 67.`);
        expect(text).toBe("Nummer [personnummer], ring [telefonnummer].");
        expect(replacements).toEqual({ personnummer: 1, phone: 1 });
      }),
      { numRuns: 200 },
    );
  });

  it("shows the moderator a marker for a disguised number still in the text", () => {
    const markers = privacyMarkersFor({ title: "Rubrik", body: `Nummer 19 81 12 18 - ${PERSONNUMMER.slice(6, 8)} ${PERSONNUMMER.slice(8)}.`, autoReplacements: {} });
    expect(markers.remaining).toEqual({ personnummer: 1 });
  });

  it("still leaves helplines alone when they carry invisible characters or other dashes", () => {
    expect(found("Ring BRIS på 116\u200B111 eller Kvinnofridslinjen 020\u201150 50 50.")).toEqual([]);
  });

  it("does not read phone numbers or other spaced digits as a personnummer", () => {
    expect(found("Ring 0701 23 45 67 eller 070 123 45 67.").map(([kind]) => kind)).toEqual(["phone", "phone"]);
    expect(found("Hon var 19 år, han 12 och mamma 45; rum 12 12.")).toEqual([]);
    expect(found(`Fel siffra: 19 81 12 18 - ${PERSONNUMMER.slice(6, 9)}${(Number(PERSONNUMMER[9]) + 1) % 10}.`)).toEqual([]);
  });

  it("stays fast on a long text full of invisible and full-width characters", () => {
    const text = `${"Hej\u200B \uFF11\uFF12 du\u00AD ".repeat(800)}${PERSONNUMMER}`;
    const started = performance.now();
    expect(detectPersonalData(text).map((f) => f.kind)).toEqual(["personnummer"]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
