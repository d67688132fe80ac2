import { describe, expect, it } from "vitest";
import { bySwedishName, compareSwedish } from "./swedish-collator";

describe("the Swedish sort order", () => {
  it("puts å, ä and ö after z, and Ä among them rather than among the A's", () => {
    expect(["Äldreomsorg", "Öppenvård", "Barn", "Ålder", "Zon", "Arbete"].sort(compareSwedish)).toEqual(["Arbete", "Barn", "Zon", "Ålder", "Äldreomsorg", "Öppenvård"]);
    expect([{ name: "Örebro" }, { name: "Ale" }].sort(bySwedishName).map((item) => item.name)).toEqual(["Ale", "Örebro"]);
  });
});
