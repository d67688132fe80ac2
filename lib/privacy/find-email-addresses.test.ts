import { describe, expect, it } from "vitest";
import { redactForStorage } from "./redact-for-storage";
import { found } from "@/test/fixtures/personal-data-helpers";

describe("e-mail addresses", () => {
  it.each([
    ["Skriv till anna.svensson@example.se om du vill.", "anna.svensson@example.se"],
    ["Mejla mig: kalle_82+soc@gmail.com", "kalle_82+soc@gmail.com"],
    ["Hennes adress var åsa.öberg@företag.se.", "åsa.öberg@företag.se"],
    ["Kontakt (per@kommun.malmo.se) svarade aldrig.", "per@kommun.malmo.se"],
  ])("finds it in %j", (sentence, address) => {
    expect(found(sentence)).toEqual([["email", address]]);
  });

  it("ignores an @ that is not part of an address", () => {
    expect(found("Vi ses @ kontoret, eller skriv @handläggaren på sociala medier.")).toEqual([]);
    expect(found("Adressen anna@localhost fungerar inte.")).toEqual([]);
  });

  // "anna @ example.se" is read as an address by anyone, so a space around the "@" must not
  // keep it out of the replacement before storage.
  it.each([
    ["Mejla anna @ example.se om du vill.", "anna @ example.se"],
    ["Mejla anna@ example.se om du vill.", "anna@ example.se"],
    ["Mejla anna.svensson @example.se om du vill.", "anna.svensson @example.se"],
    ["Mejla anna\t@\texample.se om du vill.", "anna\t@\texample.se"],
    ["Mejla anna   @   example.se om du vill.", "anna   @   example.se"],
  ])("finds it with spaces around the @ in %j", (sentence, address) => {
    expect(found(sentence)).toEqual([["email", address]]);
    expect(redactForStorage(sentence).text).toBe("Mejla [e-postadress] om du vill.");
  });

  it("keeps a public body's functional address with spaces around the @", () => {
    expect(found("Skriv till registrator @ ivo.se om det.")).toEqual([]);
  });

  it("still ignores an @ with spaces that is not part of an address", () => {
    expect(found("Vi ses @ kontoret, eller skriv @ handläggaren.")).toEqual([]);
    expect(found("Priset var 3 st @ 12.50 kr.")).toEqual([]);
  });

  it("stays fast on a long text with many @ and no address", () => {
    const text = "a".repeat(20_000) + "@".repeat(5_000) + "b".repeat(20_000) + " @ ".repeat(5_000);
    const started = performance.now();
    expect(found(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
