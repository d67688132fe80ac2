import { describe, expect, it } from "vitest";
import { detectPersonalData } from "./detect-personal-data";
import { redactForStorage } from "./redact-for-storage";
import { found } from "@/test/fixtures/personal-data-helpers";

describe("phone numbers", () => {
  it.each([
    "0701234567",
    "070-123 45 67",
    "070 123 45 67",
    "070-1234567",
    "073-987 65 43",
    "08-123 456 78",
    "08-12 34 56",
    "031-12 34 56",
    "0480-123 45",
    "+46 70 123 45 67",
    "+46701234567",
    "+46 (0)70-123 45 67",
    "0046 70 123 45 67",
    "0046701234567",
    "+358 40 123 4567",
    "070–123 45 67",
  ])("finds %s in a sentence", (number) => {
    expect(found(`Ring mig på ${number} efter fem.`)).toEqual([["phone", number]]);
  });

  it("replaces it with [telefonnummer]", () => {
    expect(detectPersonalData("Nås på 070-123 45 67.")[0].replacement).toBe("[telefonnummer]");
  });

  it("still finds a number at an office, which is not a payment reference", () => {
    expect(found("Ring kontoret 08-123 456 78.")).toEqual([["phone", "08-123 456 78"]]);
  });

  it("finds two numbers in one sentence separately", () => {
    expect(found("Ring 070-123 45 67 eller 08-123 456 78.")).toEqual([
      ["phone", "070-123 45 67"],
      ["phone", "08-123 456 78"],
    ]);
  });
});

describe("phone numbers that people from Finland and Britain write", () => {
  it.each([
    ["Puh. 040 765 4321, soita iltaisin.", "040 765 4321"],
    ["puh. 070-123 45 67", "070-123 45 67"],
    ["Numeroni on +358 (0)40 123 4567.", "+358 (0)40 123 4567"],
    ["tel 070-234 56 78, ask for me.", "070-234 56 78"],
    ["Call me on 07700 900123 after six.", "07700 900123"],
    ["Our landline was 020 7946 0958.", "020 7946 0958"],
    ["Our landline was +44 (0)20 7946 0958.", "+44 (0)20 7946 0958"],
    ["Ring me on 07700900123.", "07700900123"],
  ])("finds it in %j", (sentence, number) => {
    expect(found(sentence)).toEqual([["phone", number]]);
  });

  it("still keeps Swedish service numbers with the same first digits", () => {
    expect(found("Ring 020-120 06 06 eller 0771-524 524.")).toEqual([]);
  });
});

describe("not phone numbers", () => {
  it.each([
    "Det hände 2019 och igen 2021.",
    "Vi fick 12 500 kronor i bistånd.",
    "Hyran är 3 000 kr i månaden och elen 450 kr.",
    "Mötet började kl. 14.30 och slutade 16.00.",
    "Beslutet fattades enligt SoL 4 kap. 1 § och LVU 2 §.",
    "Normen höjdes med 2,5 % och avgiften med 10 procent.",
    "Barnen var 3, 5 och 7 år.",
    "Vi väntade 100 dagar på beslutet.",
    "På fakturan stod OCR-nummer 0203252348 och den betalades sent.",
    "Betala till bankgiro 0123-4567 senast fredag.",
  ])("nothing in %j", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it.each([
    "Ring 112 om det är akut.",
    "Barn kan ringa BRIS på 116 111.",
    "Självmordslinjen har nummer 90101.",
    "Kvinnofridslinjen nås på 020-50 50 50 dygnet runt.",
    "Kvinnofridslinjen nås på 020505050.",
    "IVO:s växel är 010-788 50 00.",
    "IVO har en linje för barn och unga, 020-120 06 06.",
    "Ring IVO på +46 10 788 50 00.",
    "Försäkringskassan har 0771-524 524.",
    "Stödlinjen på 020-81 91 00 är gratis.",
    "Tjänsten kostade 0900-123 45 67 per minut.",
  ])("keeps the public number in %j", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

// The area code set apart by parentheses, a slash or dots, as on old letterheads and business
// cards. These were stored in clear before.
describe("phone numbers with the area code set apart", () => {
  it.each([
    "(070) 123 45 67",
    "(070)123 45 67",
    "(08) 123 456 78",
    "(0480) 123 45",
    "070/123 45 67",
    "070 / 123 45 67",
    "08/123 456 78",
    "0480/123 45",
    "070.123.45.67",
    "08.123.456.78",
  ])("finds %s and the server replaces it", (number) => {
    const sentence = `Ring mig på ${number} efter fem.`;
    expect(found(sentence)).toEqual([["phone", number]]);
    expect(redactForStorage(sentence).text).toBe("Ring mig på [telefonnummer] efter fem.");
  });

  it("keeps a public service number written with a slash", () => {
    expect(found("Försäkringskassan har 0771/524 524.")).toEqual([]);
  });

  it.each([
    "Mötet var 08/12 2024 på kontoret.",
    "Mötet var 08.12.2024 på kontoret.",
    "Mötet var 01/02/2023 på kontoret.",
    "Mötet var 08.12.24 kl. 08.30.",
    "Appen hade version 070.123.45.67.89 då.",
  ])("leaves the date, time or version in %j", (sentence) => {
    expect(redactForStorage(sentence).text).toBe(sentence);
  });
});

// Amounts group their digits in threes, and a group after the first can start with 0; a row of
// single digits can hold a 0 too.
describe("not a phone number inside an amount or a row of digits", () => {
  it.each([
    "Skulden var 21 010 000 000 kr.",
    "Det kostade 1 070 123 456 kronor.",
    "Vinsten blev 9 080 000 000 kr.",
    "Lottraden blev 8 5 0 7 0 9 1 2 3 3 förra veckan.",
    "Koden var 4 0 7 0 1 2 3 4 5 6 7 på lappen.",
  ])(
    "nothing replaced in %j",
    (sentence) => {
      expect(redactForStorage(sentence).text).toBe(sentence);
    },
  );
});
