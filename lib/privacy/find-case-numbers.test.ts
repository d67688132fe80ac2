import { describe, expect, it } from "vitest";
import { detectPersonalData } from "./detect-personal-data";
import { found } from "@/test/fixtures/personal-data-helpers";

describe("case numbers", () => {
  it.each([
    ["Beslutet har Dnr 2023-1234 och kom i går.", "Dnr 2023-1234"],
    ["Se dnr: SN 2021/345.", "dnr: SN 2021/345"],
    ["Mitt diarienummer 12-3456 stod överst.", "diarienummer 12-3456"],
    ["Ange ärendenummer 98765 när du ringer.", "ärendenummer 98765"],
    ["Det gäller ärende nr 2022:123 hos nämnden.", "ärende nr 2022:123"],
    ["IVO skrev Dnr. 3.5.1-12345/2023 i svaret.", "Dnr. 3.5.1-12345/2023"],
    ["Diarienr SOC 2020.456 gäller oss.", "Diarienr SOC 2020.456"],
    ["Jag fick ett nytt diarienummer, 2019.08359, när ärendet flyttades.", "diarienummer, 2019.08359"],
    ["Jag har ett ärende, IFO-2018-0696, som de blandar ihop.", "IFO-2018-0696"],
    ["Svaret gällde ärende VON 2023/815 och inget mer.", "VON 2023/815"],
    ["Ärendet 2022/975 gäller mig och ingen annan.", "2022/975"],
    ["Förvaltningsrätten skrev mål nr 2233-24 på domen.", "mål nr 2233-24"],
    ["Kallelsen hade målnummer 871-23.", "målnummer 871-23"],
    ["Beslutet hade Dnr SOCN/2021:77 överst.", "Dnr SOCN/2021:77"],
    ["IVO svarade i ärende 3.5.1-04411/2025 efter ett halvår.", "3.5.1-04411/2025"],
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
    expect(found("Under läsåret 2022/23 bytte hon skola.")).toEqual([]);
    expect(found("Beslutet enligt LVU 2 § och SFS 2001:453 gällde.")).toEqual([]);
    expect(found("Budgetåret 2023/2024 och verksamhetsåret 1999/2000 var tuffa.")).toEqual([]);
    expect(found("Mötet var kl. 13.15-14.30 och version 2.1.3-beta av appen kraschade.")).toEqual([]);
  });
});
