import { describe, expect, it } from "vitest";
import { parseSearchText, SEARCH_MAX_LENGTH } from "./search-query";

describe("parseSearchText", () => {
  it.each([
    ["", "searchEmpty"],
    ["   ", "searchEmpty"],
    ["\u0000\u0001", "searchEmpty"],
    ["a".repeat(SEARCH_MAX_LENGTH + 1), "searchTooLong"],
    ["!?.,;", "searchNoWords"],
    ['"" - or', "searchNoWords"],
    ["-ord", "searchNoWords"],
    ['-"hela frasen"', "searchNoWords"],
    ["eller", "searchNoWords"],
    ["tai", "searchNoWords"],
  ])("refuses %j with %s", (input, error) => {
    expect(parseSearchText(input)).toEqual({ ok: false, error });
  });

  it("maps Finnish tai to or outside quotes", () => {
    expect(parseSearchText('asunto tai "tai jotain" Tai koulu')).toEqual({ ok: true, text: 'asunto or "tai jotain" or koulu' });
  });

  it("maps Swedish eller to or outside quotes and keeps phrases and exclusions", () => {
    expect(parseSearchText('bostad Eller boende "ja eller nej" -hyra')).toEqual({
      ok: true,
      text: 'bostad or boende "ja eller nej" -hyra',
    });
    expect(parseSearchText("ÖVERKLAGANDE Eller Åtgärd")).toEqual({ ok: true, text: "överklagande or åtgärd" });
    expect(parseSearchText("och att")).toEqual({ ok: true, text: "och att" });
  });

  it("keeps a query of exactly the maximum length and removes NUL characters", () => {
    expect(parseSearchText("ö".repeat(SEARCH_MAX_LENGTH))).toMatchObject({ ok: true });
    expect(parseSearchText("över\u0000klagande")).toEqual({ ok: true, text: "över klagande" });
  });
});
