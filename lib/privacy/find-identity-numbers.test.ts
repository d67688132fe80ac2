import { describe, expect, it } from "vitest";
import { detectPersonalData } from "./detect-personal-data";
import { found, makeIdentityNumber } from "@/test/fixtures/personal-data-helpers";

describe("personnummer", () => {
  it.each([
    ["Mitt personnummer är 19121212-1212.", "19121212-1212"],
    ["Han skrev 121212-1212 på blanketten.", "121212-1212"],
    ["Mormor är född 121212+1212 och fyller snart 114.", "121212+1212"],
    ["Dotterns nummer 191212121212 stod i beslutet.", "191212121212"],
    ["Jag gav dem 1212121212 i telefon.", "1212121212"],
    ["Det stod 121212 1212 på kallelsen.", "121212 1212"],
    ["Det stod 19121212 1212 på kallelsen.", "19121212 1212"],
  ])("finds it in %j", (sentence, number) => {
    expect(found(sentence)).toEqual([["personnummer", number]]);
  });

  it("finds generated valid numbers in every written form", () => {
    for (const [date, serial] of [["850709", "123"], ["010101", "456"], ["991231", "789"], ["040229", "321"]]) {
      const ten = makeIdentityNumber(date, serial);
      const twelve = (date.startsWith("0") ? "20" : "19") + ten;
      for (const form of [ten, `${ten.slice(0, 6)}-${ten.slice(6)}`, twelve, `${twelve.slice(0, 8)}-${twelve.slice(8)}`]) {
        expect(found(`Numret ${form} stod där.`)).toEqual([["personnummer", form]]);
      }
    }
  });

  it("ignores numbers that fail the Luhn check", () => {
    expect(found("Numret 19121212-1213 stod där.")).toEqual([]);
    expect(found("Numret 121212-1211 stod där.")).toEqual([]);
  });

  it("ignores numbers with an impossible month or day even if Luhn passes", () => {
    const badMonth = makeIdentityNumber("851309", "123");
    const badDay = makeIdentityNumber("850232", "123");
    expect(found(`Numret ${badMonth.slice(0, 6)}-${badMonth.slice(6)} stod där.`)).toEqual([]);
    expect(found(`Numret ${badDay.slice(0, 6)}-${badDay.slice(6)} stod där.`)).toEqual([]);
  });

  it("does not cut a number out of a longer digit run", () => {
    expect(found("Referens 9912121212123 i systemet.")).toEqual([]);
  });
});

describe("samordningsnummer", () => {
  it("finds a number whose day is raised by 60", () => {
    const number = makeIdentityNumber("850709", "123", 60);
    const written = `${number.slice(0, 6)}-${number.slice(6)}`;
    expect(written.slice(4, 6)).toBe("69");
    expect(found(`Han fick samordningsnummer ${written} förra året.`)).toEqual([["samordningsnummer", written]]);
    expect(found(`Han fick ${"19" + number} förra året.`)).toEqual([["samordningsnummer", "19" + number]]);
  });

  it("replaces it with its own label", () => {
    const number = makeIdentityNumber("900131", "555", 60);
    const [finding] = detectPersonalData(`Nummer ${number}.`);
    expect(finding.kind).toBe("samordningsnummer");
    expect(finding.replacement).toBe("[samordningsnummer]");
  });

  it("rejects a day above 91", () => {
    const number = makeIdentityNumber("900101", "555", 91);
    expect(found(`Nummer ${number.slice(0, 6)}-${number.slice(6)}.`)).toEqual([]);
  });
});
