import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/i18n/messages";
import { pageLinks } from "./page-links";

describe("pageLinks", () => {
  it("carries the keyset cursors, keeps the filters and ends every link at the list's heading", () => {
    const links = pageLinks("/berattelser", { tagg: "bostad", kommun: undefined }, {
      page: 3, totalPages: 10_001, previousCursor: "1700000000000.abc", nextCursor: "1690000000000.xyz",
    });
    expect(links).toEqual({
      first: "/berattelser?tagg=bostad#lista",
      previous: "/berattelser?tagg=bostad&sida=2&fore=1700000000000.abc#lista",
      next: "/berattelser?tagg=bostad&sida=4&efter=1690000000000.xyz#lista",
      last: "/berattelser?tagg=bostad&sida=10001#lista",
    });
  });

  it("offers no previous or first link on page 1 and no next or last on the last page", () => {
    const state = { totalPages: 2, previousCursor: null, nextCursor: null };
    expect(pageLinks("/sok", { q: "bistånd" }, { ...state, page: 1 })).toEqual({
      first: undefined, previous: undefined, next: "/sok?q=bist%C3%A5nd&sida=2#lista", last: "/sok?q=bist%C3%A5nd&sida=2#lista",
    });
    expect(pageLinks("/sok", {}, { ...state, page: 2 })).toMatchObject({ next: undefined, last: undefined });
  });

  it("writes page numbers with Swedish thousands separators", () => {
    const t = createTranslator({ locale: "sv", messages: loadMessages("sv"), namespace: "Common.pagination" });
    expect(t("pageNumbered", { page: 1, pages: 10_001 })).toBe("Sida 1 av 10\u00a0001");
  });
});
