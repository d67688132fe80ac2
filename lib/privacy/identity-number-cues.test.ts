// A personnummer written with one wrong digit still tells the birth date and nine of ten
// digits. Near a word that says it is an identity number, a date-valid shape is replaced
// whatever its check digit; a reference number with a date-valid start is left alone.
import { describe, expect, it } from "vitest";
import { luhnValid } from "./luhn";
import { redactForStorage } from "./redact-for-storage";
import { found } from "@/test/fixtures/personal-data-helpers";

describe("a date-valid number with a wrong check digit", () => {
  it("really has a wrong check digit, or these tests would prove nothing", () => {
    for (const ten of ["8503122384", "8503721234", "0203154441", "7704189991", "8807141235", "9001154321"]) {
      expect(luhnValid(ten), ten).toBe(false);
    }
  });

  it.each([
    ["Mitt personnummer är 19850312-2384.", "personnummer", "19850312-2384"],
    ["Mitt PERSONNUMMER: 850312-2384", "personnummer", "850312-2384"],
    ["pnr 8503122384", "personnummer", "8503122384"],
    ["Pnr: 198503122384 stod överst.", "personnummer", "198503122384"],
    ["person-nr 850312+2384 (hon är över hundra)", "personnummer", "850312+2384"],
    ["Personnr 19850312 2384 på kallelsen.", "personnummer", "19850312 2384"],
    ["Personnumret, 850312-2384, lästes upp.", "personnummer", "850312-2384"],
    ["Hon fick samordningsnummer 850372-1234 efter ett år.", "samordningsnummer", "850372-1234"],
    ["Min dotter, född 020315-4441, fick ingen plats.", "personnummer", "020315-4441"],
    ["19850312-2384 är mitt personnummer.", "personnummer", "19850312-2384"],
    ["Henkilötunnukseni on 19850312-2384.", "personnummer", "19850312-2384"],
    ["Hetu: 850312-2384", "personnummer", "850312-2384"],
    ["Tyttäreni on syntynyt 020315-4441 Malmössä.", "personnummer", "020315-4441"],
    ["My personal number is 19850312-2384.", "personnummer", "19850312-2384"],
    ["ID number 850312-2384 was on the folder.", "personnummer", "850312-2384"],
    ["My personal identity number (19850312-2384) was on the envelope.", "personnummer", "19850312-2384"],
    ["Date of birth and number: 850312-2384.", "personnummer", "850312-2384"],
    ["My son was born 150622-4829 in Malmö.", "personnummer", "150622-4829"],
    ["My coordination number 850372-1234 was on every page.", "samordningsnummer", "850372-1234"],
  ])("is replaced near a cue in %j", (sentence, kind, number) => {
    expect(found(sentence)).toEqual([[kind, number]]);
  });

  it("is replaced before storage like any personnummer", () => {
    expect(redactForStorage("Mitt personnummer är 19850312-2384, inte 19850312-2387.")).toEqual({
      text: "Mitt personnummer är [personnummer], inte [personnummer].",
      replacements: { personnummer: 2 },
    });
  });

  it("is replaced with a wrong Finnish check character near a cue", () => {
    expect(found("Henkilötunnus 131052-308U oli väärin lomakkeessa.")).toEqual([["personnummer", "131052-308U"]]);
  });

  it.each([
    ["a zero-width space inside the cue", "Mitt person\u200bnummer är 19850312-2384.", "19850312-2384"],
    ["a zero-width space inside the number", "Mitt personnummer är 19850312\u200b-2384.", "19850312\u200b-2384"],
    ["a soft hyphen inside the cue", "Mitt person\u00adnummer är 850312-2384.", "850312-2384"],
    ["full-width letters and digits", "ＰＮＲ １９８５０３１２－２３８４", "１９８５０３１２－２３８４"],
    ["a non-breaking hyphen", "personnummer 850312\u20112384", "850312\u20112384"],
  ])("is replaced with %s", (_name, sentence, number) => {
    expect(found(sentence)).toEqual([["personnummer", number]]);
  });

  it.each([
    "OCR-nummer 8807141235 ska anges vid betalning.",
    "Ordernummer 8503122384 gällde rullatorn.",
    "Fakturanummer 9001154321 från hemtjänsten var fel.",
    "Invoice 8807141235 from the care home was wrong.",
    "Order no. 9206301234 never arrived.",
    "Laskun viitenumero 8807141235 oli väärin.",
    "Referensnummer 8506191234 stod på brevet.",
    "Jag betalade med OCR-nummer 8807141235 och skrev inte mitt personnummer.",
    "The order number 8503122384 is all I have, not my personal number.",
    "Tilausnumero 9206301234 on yhä auki.",
  ])("is left alone as a reference number in %j", (sentence) => {
    expect(found(sentence).filter(([kind]) => kind === "personnummer" || kind === "samordningsnummer")).toEqual([]);
  });

  it.each([
    "Ärendet fick nummer 8503122384 hos kommunen.",
    "Mitt personnummer står inte här. Ärendet fick sedan nummer 8503122384 i ett helt annat system hos kommunen.",
    "Numret 850312-2384 stod där.",
  ])("is left alone with no cue near it in %j", (sentence) => {
    expect(found(sentence).filter(([kind]) => kind === "personnummer" || kind === "samordningsnummer")).toEqual([]);
  });

  it("still needs a valid date near a cue", () => {
    expect(found("Mitt personnummer är 19851332-2384.").filter(([kind]) => kind === "personnummer")).toEqual([]);
    expect(found("Mitt personnummer är 851232-2384.").filter(([kind]) => kind === "personnummer")).toEqual([]);
  });
});

describe("the Finnish personal identity code", () => {
  it.each([
    ["Henkilötunnukseni on 131052-308T.", "131052-308T"],
    ["Poikani tunnus 030615A123L oli päätöksessä.", "030615A123L"],
    ["Isoisäni 010203+3477 on yli satavuotias.", "010203+3477"],
    ["Koodi 010594Y9032 on uutta mallia.", "010594Y9032"],
    ["Lapsen tunnus 010504B918A.", "010504B918A"],
  ])("is found with its check character in %j", (sentence, code) => {
    expect(found(sentence)).toEqual([["personnummer", code]]);
  });

  it("is not found with a wrong check character and no cue", () => {
    expect(found("Koodi 131052-308U oli lomakkeessa.")).toEqual([]);
  });

  it("is not found with an impossible date", () => {
    expect(found("Koodi 321052-308T oli lomakkeessa.")).toEqual([]);
  });
});
