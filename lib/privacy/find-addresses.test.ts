import { describe, expect, it } from "vitest";
import { found } from "@/test/fixtures/personal-data-helpers";

describe("street addresses", () => {
  it.each([
    ["Jag bor på Storgatan 12 sedan i våras.", "Storgatan 12"],
    ["Hon flyttade till Kungsvägen 3B.", "Kungsvägen 3B"],
    ["Adressen var Drottninggatan 45 lgh 1102, tredje våningen.", "Drottninggatan 45 lgh 1102"],
    ["Socialkontoret ligger på Södra Vägen 7.", "Södra Vägen 7"],
    ["Vi bodde på Lilla Torget 2 i fem år.", "Lilla Torget 2"],
    ["Han bor på storgatan 8 nu.", "storgatan 8"],
    ["Mötet var på Medborgarplan 3.", "Medborgarplan 3"],
    ["De bor i Björkbacken 14 A.", "Björkbacken 14 A"],
    ["Boendet på Karl-Johansgatan 5 stängde.", "Karl-Johansgatan 5"],
    ["Hon hittades på Ekstigen 9.", "Ekstigen 9"],
    ["Gruppbostaden på Lindallén 21 är bra.", "Lindallén 21"],
    ["Vi åkte till Ringleden 4.", "Ringleden 4"],
    ["Vi fick en trea på Skogsbrynet 7 genom kommunen.", "Skogsbrynet 7"],
    ["Han bodde på Solhöjden 12 i Borlänge.", "Solhöjden 12"],
    ["Brevet skickades till Sergels torg 12 av misstag.", "Sergels torg 12"],
    ["Kontoret flyttade till Järnbrotts torg 3.", "Järnbrotts torg 3"],
  ])("finds it in %j", (sentence, address) => {
    expect(found(sentence)).toEqual([["address", address]]);
  });

  it.each([
    "Hela vägen 3 timmar satt vi i bilen.",
    "Det var långt på vägen 2 gånger.",
    "Vårdplanen 2 veckor senare var tom.",
    "Enligt planen 3 var allt klart.",
    "Vi gick en väg 3 km lång.",
    "Jag satt på torget 2 timmar.",
    "Mötet var på Stadshuset plan 4.",
    "Vi tog tåget till Sergels torg 2 gånger i veckan.",
    "Torg 5 var stängt den dagen.",
  ])("ignores prose in %j", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

describe("postcodes with a town", () => {
  it.each([
    ["Adressen är Storgatan 12, 123 45 Stockholm.", "123 45 Stockholm"],
    ["Skicka till 41319 Göteborg.", "41319 Göteborg"],
    ["Postadress SE-211 20 Malmö.", "SE-211 20 Malmö"],
    ["Vi bodde i 194 34 Upplands Väsby.", "194 34 Upplands Väsby"],
  ])("finds it in %j", (sentence, postcode) => {
    expect(found(sentence)).toContainEqual(["postcode", postcode]);
  });

  it("ignores five-digit amounts and numbers without a town", () => {
    expect(found("Jag fick 12345 kronor och 123 45 i avgift.")).toEqual([]);
    expect(found("Summan 10000 Kronor betalades ut.")).toEqual([]);
  });
});
