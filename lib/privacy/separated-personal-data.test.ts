// Personal data written with separators a filter does not expect: every digit spaced, a tab or a
// line break between date and serial, a date written as a date in front of the serial, an area
// code in parentheses or before a slash, dotted phone numbers, spaces around the "@". The server
// replaces these kinds before storage (redact-for-storage.ts), so a miss here is a number stored
// in clear. Dates, amounts, times, versions and fractions look much the same and must stay.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectPersonalData } from "./detect-personal-data";
import { luhnCheckDigit } from "./luhn";
import { redactForStorage } from "./redact-for-storage";
import { found, makeIdentityNumber } from "@/test/fixtures/personal-data-helpers";

const TEN = makeIdentityNumber("811218", "987");
const TWELVE = `19${TEN}`;

describe("a personnummer written with separators", () => {
  it.each([
    ["every digit spaced", "1 9 1 2 1 2 1 2 1 2 1 2"],
    ["every digit spaced, ten digits", "1 2 1 2 1 2 1 2 1 2"],
    ["every digit spaced around a dash", "1 2 1 2 1 2 - 1 2 1 2"],
    ["every digit tab-separated", "1\t9\t1\t2\t1\t2\t1\t2\t1\t2\t1\t2"],
    ["a tab before the serial", "19121212\t1212"],
    ["a line break before the dash", "121212\n-1212"],
    ["a line break after the dash", "121212-\n1212"],
    ["a line break as the separator", "19121212\n1212"],
    ["a Windows line break before the dash", "121212\r\n-1212"],
    ["an ISO date in front", "1912-12-12-1212"],
    ["a dotted date in front", "12.12.12-1212"],
    ["a dotted twelve-digit date in front", "1912.12.12-1212"],
    ["a slashed date in front", "12/12/12-1212"],
    ["a slash before the serial", "121212/1212"],
    ["a slash before the serial of twelve digits", "19121212/1212"],
    ["spaces around a slash", "121212 / 1212"],
  ])("finds it with %s", (_how, written) => {
    const sentence = `Mitt personnummer är ${written} och det stod i brevet.`;
    expect(found(sentence)).toEqual([["personnummer", written]]);
    expect(redactForStorage(sentence).text).toBe("Mitt personnummer är [personnummer] och det stod i brevet.");
  });

  it("finds a generated number spaced out digit by digit", () => {
    const spaced = TWELVE.split("").join(" ");
    expect(found(`Numret ${spaced}.`)).toEqual([["personnummer", spaced]]);
  });

  it("finds a samordningsnummer with a dated front", () => {
    const number = makeIdentityNumber("850709", "123", 60);
    const written = `19${number.slice(0, 2)}-${number.slice(2, 4)}-${number.slice(4, 6)}-${number.slice(6)}`;
    expect(found(`Han fick ${written} i fjol.`)).toEqual([["samordningsnummer", written]]);
  });

  it("still ignores a number that fails the Luhn check, however it is separated", () => {
    const wrong = `${TEN.slice(0, 9)}${(Number(TEN[9]) + 1) % 10}`;
    const spaced = wrong.split("").join(" ");
    expect(found(`Numret ${spaced} stod där.`)).toEqual([]);
    expect(found(`Numret 19${wrong.slice(0, 2)}-${wrong.slice(2, 4)}-${wrong.slice(4, 6)}-${wrong.slice(6)} stod där.`)).toEqual([]);
    expect(found(`Numret ${wrong.slice(0, 6)}/${wrong.slice(6)} stod där.`)).toEqual([]);
    expect(found(`Numret ${wrong.slice(0, 6)}\n-${wrong.slice(6)} stod där.`)).toEqual([]);
  });

  it("does not cut a spaced number out of a longer run of spaced digits", () => {
    expect(found("Koden var 1 9 1 2 1 2 1 2 1 2 1 2 3 i systemet.")).toEqual([]);
    expect(found("Koden var 4 1 9 1 2 1 2 1 2 1 2 1 2 i systemet.")).toEqual([]);
  });
});

// Nothing here may be replaced before storage: a date or a sum is part of what the story says.
describe("dates, amounts and other numbers stay", () => {
  it.each([
    "Beslutet kom 2024-12-12 och vi överklagade.",
    "Beslutet kom 12.12.2024 och vi överklagade.",
    "Beslutet kom 12/12 2024 och vi överklagade.",
    "Beslutet kom 08/12 2024 och vi överklagade.",
    "Beslutet kom 08.12.2024 och vi överklagade.",
    "Beslutet kom 01/02/2023 och vi överklagade.",
    "Beslutet kom 12.12.12 och vi överklagade.",
    "Placeringen varade 2019-05-01-2019-06-01 enligt journalen.",
    "Placeringen varade 2012-12-12–2013-01-01 enligt journalen.",
    // Luhn-valid as 230506-2024 and 230514-2024: a date and the year a period ended.
    "Projektet pågick 2023-05-06–2024 och sedan inte mer.",
    "Projektet pågick 2023-05-14 - 2024.",
    "Skulden var 1 912 121 212 kr enligt Kronofogden.",
    "Skulden var 1 212 121 212 kr enligt Kronofogden.",
    "Kommunen betalade 12 000 kr och sedan 121 212 kr.",
    "Mötet var kl. 12.12 och nästa 08.30.",
    "Barnen hade nummer 1, 2, 1, 2, 1, 2, 1, 2, 1, 2 på tröjorna.",
    "Appen hade version 12.12.12.1212 när det hände.",
    "Se sidorna 12–1212 och s. 121-212 i akten.",
    "Hon fick 1/2 av summan och han 3/4.",
    "Posterna var 121 212 121 2 i tabellen.",
    "Mellan 2012 och 1212 hände inget.",
  ])("nothing replaced in %j", (sentence) => {
    expect(redactForStorage(sentence).text).toBe(sentence);
  });
});

// --- Properties -------------------------------------------------------------------------------

const identityNumber = fc
  .record({
    century: fc.constantFrom("18", "19", "20"),
    year: fc.integer({ min: 0, max: 99 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    serial: fc.integer({ min: 0, max: 999 }),
    coordination: fc.boolean(),
  })
  .map(({ century, year, month, day, serial, coordination }) => {
    const pad = (n: number, width = 2) => String(n).padStart(width, "0");
    const nine = pad(year) + pad(month) + pad(day + (coordination ? 60 : 0)) + pad(serial, 3);
    const ten = nine + luhnCheckDigit(nine);
    return { century, ten, kind: coordination ? "samordningsnummer" : "personnummer" };
  });

// The ways of writing the separator between date and serial, including none at all.
const SERIAL_SEPARATORS = ["", "-", "+", " ", "\t", "\n", "\r\n", "\n-", "-\n", " - ", "\t-\t", "/", " / "];
const DATE_SEPARATORS = ["-", ".", "/"];
const DIGIT_GAPS = [" ", "\t", "  "];

const written = fc
  .record({
    number: identityNumber,
    twelve: fc.boolean(),
    layout: fc.constantFrom("plain", "dated", "spaced"),
    serialSeparator: fc.constantFrom(...SERIAL_SEPARATORS),
    dateSeparator: fc.constantFrom(...DATE_SEPARATORS),
    gap: fc.constantFrom(...DIGIT_GAPS),
  })
  // A ten-digit run starting 07 without a dash is a mobile number, and a full date followed by a
  // later year up to 30 years on is a period ("2023-05-06–2024"); find-identity-numbers.ts.
  .filter(({ number, twelve, serialSeparator }) => twelve || !number.ten.startsWith("07") || /[-+/]/.test(serialSeparator))
  .filter(({ number, twelve, layout }) => {
    const years = Number(number.ten.slice(6)) - Number(number.century + number.ten.slice(0, 2));
    return !(layout === "dated" && twelve && years >= 0 && years <= 30);
  })
  .map(({ number, twelve, layout, serialSeparator, dateSeparator, gap }) => {
    const date = (twelve ? number.century : "") + number.ten.slice(0, 6);
    const serial = number.ten.slice(6);
    let text: string;
    if (layout === "plain") text = date + serialSeparator + serial;
    else if (layout === "dated") {
      const pairs = [date.slice(0, -4), date.slice(-4, -2), date.slice(-2)];
      text = pairs.join(dateSeparator) + (/[-+/]/.test(serialSeparator) ? serialSeparator : "-") + serial;
    } else {
      const spaced = (digits: string) => digits.split("").join(gap);
      text = spaced(date) + (serialSeparator === "" ? gap : serialSeparator) + spaced(serial);
    }
    return { text, kind: number.kind };
  });

describe("properties", () => {
  it("separators between the digits of a valid identity number never hide it", () => {
    fc.assert(
      fc.property(written, fc.constantFrom("Mitt nummer är ", "Hon skrev:\n", "("), ({ text, kind }, before) => {
        const sentence = `${before}${text} stod i brevet.`;
        expect(found(sentence)).toEqual([[kind, text]]);
        expect(redactForStorage(sentence).text).toBe(`${before}[${kind}] stod i brevet.`);
      }),
      { numRuns: 1000 },
    );
  });

  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const dateParts = fc.record({
    year: fc.integer({ min: 1900, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
  });
  const date = fc.tuple(dateParts, fc.integer({ min: 0, max: 9 })).map(([{ year, month, day, hour, minute }, form]) => {
    const yy = pad(year % 100);
    return [
      `${year}-${pad(month)}-${pad(day)}`,
      `${pad(day)}.${pad(month)}.${year}`,
      `${day}/${month} ${year}`,
      `${pad(day)}/${pad(month)} ${year}`,
      `${pad(day)}/${pad(month)}/${yy}`,
      `${pad(day)}.${pad(month)}.${yy}`,
      `${year}-${pad(month)}-${pad(day)} ${pad(hour)}.${pad(minute)}`,
      `${year}-${pad(month)}-${pad(day)}–${year + 1}-${pad(month)}-${pad(day)}`,
      `${pad(day)}.${pad(month)}.${year} kl. ${pad(hour)}.${pad(minute)}`,
      `${year}${pad(month)}${pad(day)}`,
    ][form];
  });
  // Swedish amounts group their digits in threes from the right: "1 912 121 212 kr".
  const amount = fc.tuple(fc.bigInt({ min: 0n, max: 99_999_999_999n }), fc.constantFrom(" kr", " kronor", ":-", " SEK")).map(([n, unit]) =>
    n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, " ") + unit,
  );
  const otherNumbers = fc.oneof(
    fc.tuple(fc.nat(99), fc.nat(99), fc.nat(9999)).map(([a, b, c]) => `version ${a}.${b}.${c}`),
    fc.tuple(fc.nat(99), fc.nat(99), fc.nat(99), fc.nat(9999)).map(([a, b, c, d]) => `version ${a}.${b}.${c}.${d}`),
    fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 })).map(([a, b]) => `s. ${a}–${a + b}`),
    fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}/${b}`),
    fc.array(fc.integer({ min: 0, max: 99 }), { minLength: 3, maxLength: 12 }).map((list) => list.join(", ")),
    fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 3, maxLength: 8 }).map((list) => list.join(" och ")),
    fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `kl. ${pad(h)}.${pad(m)}`),
  );

  it("dates, amounts, times, versions, page ranges, fractions and lists are never replaced", () => {
    fc.assert(
      fc.property(fc.oneof(date, amount, otherNumbers), fc.constantFrom("Det stod ", "Summan: ", "Den "), (value, before) => {
        const sentence = `${before}${value} i beslutet.`;
        expect(redactForStorage(sentence).text).toBe(sentence);
      }),
      { numRuns: 2000 },
    );
  });

  // A day before a slash or a dot can start with 0 like an area code: "08/12 2024", "08.12.2024".
  it("dates whose day starts with 0 are never read as phone numbers", () => {
    fc.assert(
      fc.property(dateParts, fc.constantFrom("/", "."), ({ year, month, day }, separator) => {
        for (const value of [`0${day % 10 || 1}${separator}${pad(month)}${separator}${year}`, `0${day % 10 || 1}${separator}${pad(month)} ${year}`]) {
          const sentence = `Mötet var ${value} på kontoret.`;
          expect(redactForStorage(sentence).text).toBe(sentence);
        }
      }),
      { numRuns: 500 },
    );
  });

  const mobile = fc.tuple(fc.constantFrom("070", "072", "073", "076", "079"), fc.integer({ min: 0, max: 9_999_999 })).map(
    ([prefix, rest]) => ({ prefix, rest: pad(rest, 7) }),
  );

  it("an area code in parentheses, before a slash or in dotted groups never hides a mobile number", () => {
    fc.assert(
      fc.property(mobile, fc.integer({ min: 0, max: 5 }), ({ prefix, rest }, form) => {
        const groups = [rest.slice(0, 3), rest.slice(3, 5), rest.slice(5)];
        const number = [
          `(${prefix}) ${groups.join(" ")}`,
          `(${prefix})${groups.join(" ")}`,
          `${prefix}/${groups.join(" ")}`,
          `${prefix} / ${groups.join(" ")}`,
          `${prefix}.${groups.join(".")}`,
          `${prefix}/${rest}`,
        ][form];
        const sentence = `Ring ${number} i kväll.`;
        expect(found(sentence)).toEqual([["phone", number]]);
        expect(redactForStorage(sentence).text).toBe("Ring [telefonnummer] i kväll.");
      }),
      { numRuns: 500 },
    );
  });
});

describe("speed", () => {
  it("stays fast on long runs of spaced digits, tabs and line breaks", () => {
    const text = `${"1 2 3 4\t5\n6 - ".repeat(4_000)}${"1\t".repeat(20_000)}${" ".repeat(20_000)}(070) ${"0".repeat(10_000)}`;
    const started = performance.now();
    detectPersonalData(text);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
