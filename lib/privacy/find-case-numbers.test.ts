import { describe, expect, it } from "vitest";
import { detectPersonalData } from "./detect-personal-data";
import { found } from "./test-helpers";

describe("case numbers", () => {
  it.each([
    ["Beslutet har Dnr 2023-1234 och kom i går.", "Dnr 2023-1234"],
    ["Se dnr: SN 2021/345.", "dnr: SN 2021/345"],
    ["Mitt diarienummer 12-3456 stod överst.", "diarienummer 12-3456"],
    ["Ange ärendenummer 98765 när du ringer.", "ärendenummer 98765"],
    ["Det gäller ärende nr 2022:123 hos nämnden.", "ärende nr 2022:123"],
    ["IVO skrev Dnr. 3.5.1-12345/2023 i svaret.", "Dnr. 3.5.1-12345/2023"],
    ["Diarienr SOC 2020.456 gäller oss.", "Diarienr SOC 2020.456"],
  ])("finds it in %j", (sentence, caseNumber) => {
    expect(found(sentence)).toEqual([["case-number", caseNumber]]);
  });

  it("does not swallow the full stop at the end of the sentence", () => {
    const [finding] = detectPersonalData("Mitt ärende är dnr 2023-1234.");
    expect(finding.text).toBe("dnr 2023-1234");
    expect(finding.replacement).toBe("[diarienummer]");
  });

  it("ignores numbers without a case keyword", () => {
    expect(found("Ärendet tog 2023 och en bit av 2024.")).toEqual([]);
  });
});
