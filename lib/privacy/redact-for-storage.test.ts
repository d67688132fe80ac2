import { describe, expect, it } from "vitest";
import { addReplacementCounts, redactForStorage } from "./redact-for-storage";

describe("redactForStorage", () => {
  it("replaces personnummer, samordningsnummer, e-mail and phone numbers and counts them", () => {
    const text =
      "Mitt personnummer är 811218-9876 och min sons samordningsnummer 850769-1239. " +
      "Ring 070-123 45 67 eller skriv till anna.svensson@example.se.";
    const { text: redacted, replacements } = redactForStorage(text);
    expect(redacted).toBe(
      "Mitt personnummer är [personnummer] och min sons samordningsnummer [samordningsnummer]. " +
        "Ring [telefonnummer] eller skriv till [e-postadress].",
    );
    expect(replacements).toEqual({ personnummer: 1, samordningsnummer: 1, phone: 1, email: 1 });
  });

  it("leaves names, dates, addresses and case numbers for the moderators", () => {
    const text = "Handläggaren Anna Svensson kom till Storgatan 12 den 3 mars 2024, dnr 2024-123.";
    expect(redactForStorage(text)).toEqual({ text, replacements: {} });
  });

  it("leaves text without personal data untouched, including years and amounts", () => {
    const text = "År 2019 fick vi 4 500 kronor enligt SoL 4 kap. 1 §, klockan 14.30.";
    expect(redactForStorage(text)).toEqual({ text, replacements: {} });
  });

  it("counts every occurrence, and adds counts from title and body", () => {
    const body = redactForStorage("Ring 070-123 45 67 eller 08-123 456 78.");
    expect(body.replacements).toEqual({ phone: 2 });
    expect(addReplacementCounts({ phone: 1 }, body.replacements, { email: 1 })).toEqual({ phone: 3, email: 1 });
  });
});
