import { describe, expect, it } from "vitest";
import { applyReplacements } from "./apply-replacements";
import { detectPersonalData } from "./detect-personal-data";
import { found } from "@/test/fixtures/personal-data-helpers";

const STORY = [
  "Den 12 mars 2023 ringde handläggaren Anna från socialtjänsten.",
  "Hon ville ha mitt personnummer, 19121212-1212, och min adress Storgatan 12, 123 45 Stockholm.",
  "Jag bad henne mejla anna.svensson@kommun.se eller ringa 070-123 45 67.",
  "Beslutet har Dnr 2023-1234. Vi fick 12 500 kronor enligt SoL 4 kap. 1 §.",
  "Ring 112 eller BRIS 116 111 om det är akut.",
].join(" ");

describe("detectPersonalData", () => {
  it("finds every kind in a realistic story and nothing else", () => {
    expect(found(STORY)).toEqual([
      ["date", "12 mars 2023"],
      ["name", "Anna"],
      ["personnummer", "19121212-1212"],
      ["address", "Storgatan 12"],
      ["postcode", "123 45 Stockholm"],
      ["email", "anna.svensson@kommun.se"],
      ["phone", "070-123 45 67"],
      ["case-number", "Dnr 2023-1234"],
    ]);
  });

  it("returns findings sorted, disjoint and with offsets that point at their text", () => {
    const findings = detectPersonalData(STORY);
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      expect(STORY.slice(finding.start, finding.end)).toBe(finding.text);
      if (i > 0) expect(findings[i - 1].end).toBeLessThanOrEqual(finding.start);
    }
  });

  it("produces a readable redacted story", () => {
    expect(applyReplacements(STORY, detectPersonalData(STORY))).toBe(
      [
        "Den [datum] ringde handläggaren [namn] från socialtjänsten.",
        "Hon ville ha mitt personnummer, [personnummer], och min adress [adress], [postnummer och ort].",
        "Jag bad henne mejla [e-postadress] eller ringa [telefonnummer].",
        "Beslutet har [diarienummer]. Vi fick 12 500 kronor enligt SoL 4 kap. 1 §.",
        "Ring 112 eller BRIS 116 111 om det är akut.",
      ].join(" "),
    );
  });

  it("keeps the longer finding when two overlap", () => {
    // The ISO date inside the case number must not be reported on its own.
    expect(found("Se diarienummer 2023-03-12 i beslutet.")).toEqual([
      ["case-number", "diarienummer 2023-03-12"],
    ]);
  });

  it("reports a personnummer, not a date or phone number, when the spans are equal", () => {
    expect(found("Hans nummer 1212121212 stod där.")).toEqual([["personnummer", "1212121212"]]);
  });

  it("treats a bare 07-number as a phone number, not as a child born in 2007", () => {
    expect(found("Ring 0701234567 i kväll.")).toEqual([["phone", "0701234567"]]);
  });

  it("returns nothing for an empty text or a calm account without details", () => {
    expect(detectPersonalData("")).toEqual([]);
    expect(
      found(
        "I mars 2019 sökte jag ekonomiskt bistånd. Handläggaren var vänlig men beslutet enligt 4 kap. 1 § SoL kom först efter tre veckor, kl. 9.15 en måndag.",
      ),
    ).toEqual([]);
  });

  it("stays fast on long and adversarial input", () => {
    const inputs = [
      STORY.repeat(200),
      "0".repeat(50_000),
      "1 ".repeat(30_000),
      "a-".repeat(30_000) + "gatan",
      "Anna ".repeat(20_000),
      "dnr ".repeat(20_000),
      "12/".repeat(20_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      detectPersonalData(input);
      expect(performance.now() - started).toBeLessThan(2_000);
    }
  });
});
