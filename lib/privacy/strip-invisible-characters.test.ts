import { describe, expect, it } from "vitest";
import { stripInvisibleCharacters } from "./strip-invisible-characters";

describe("stripInvisibleCharacters", () => {
  it.each([
    ["zero-width space", "1912\u200B1212-1212", "19121212-1212"],
    ["soft hyphen", "social\u00ADtjänsten", "socialtjänsten"],
    ["word joiner and BOM", "\uFEFFHej\u2060 då", "Hej då"],
    ["joiners in Latin text", "an\u200Cna\u200D@example.se", "anna@example.se"],
    ["direction overrides", "kvitto \u202Eexe.txt\u202C", "kvitto exe.txt"],
    ["a watermark of variation selectors after a letter", "Hej\uFE0F\u{E0100}\u{E0101}", "Hej"],
    ["a Hangul filler used as a blank", "Rubrik\u3164", "Rubrik"],
  ])("removes %s", (_name, text, stored) => {
    expect(stripInvisibleCharacters(text)).toBe(stored);
  });

  it.each([
    ["an emoji family joined with ZWJ", "Vi \u{1F469}\u200D\u{1F467} klarade det"],
    ["a red heart with its emoji selector", "Tack \u2764\uFE0F"],
    ["a keycap", "Steg 1\uFE0F\u20E3"],
    ["a skin tone inside a ZWJ sequence", "\u{1F469}\u{1F3FD}\u200D\u{1F4BB}"],
    ["a ZWNJ inside a Persian word", "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"],
    ["the Scottish flag's tag sequence", "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"],
    ["plain text", "Åsa och Örjan, 19 år."],
  ])("keeps %s", (_name, text) => {
    expect(stripInvisibleCharacters(text)).toBe(text);
  });

  it("keeps one emoji selector but not a run of them", () => {
    expect(stripInvisibleCharacters("\u2764\uFE0F\uFE0F\uFE0F")).toBe("\u2764\uFE0F");
  });
});
