import { describe, expect, it } from "vitest";
import { found } from "./test-helpers";

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

  it("stays fast on a long text with many @ and no address", () => {
    const text = "a".repeat(20_000) + "@".repeat(5_000) + "b".repeat(20_000);
    const started = performance.now();
    expect(found(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
