import { describe, expect, it } from "vitest";
import { found } from "@/test/fixtures/personal-data-helpers";

describe("exact dates", () => {
  it.each([
    ["Mötet var den 12 mars 2023 på kontoret.", "12 mars 2023"],
    ["Vi kallades den 3 april till ett möte.", "3 april"],
    ["Beslutet kom 3/4 och vi överklagade.", "3/4"],
    ["Utredningen startade 2023-03-12 enligt journalen.", "2023-03-12"],
    ["Hon placerades 12.03.2023 på ett HVB-hem.", "12.03.2023"],
    ["Han fick beslutet 12/3-2023 per post.", "12/3-2023"],
    ["Hembesöket var den 5:e maj.", "5:e maj"],
    ["Det var 1 dec. förra året.", "1 dec"],
    ["Det hände 24 December 2019.", "24 December 2019"],
  ])("finds it in %j", (sentence, date) => {
    expect(found(sentence)).toEqual([["date", date]]);
  });

  it.each([
    "Det hände 2019 och sedan 2021.",
    "Vi hade möte i mars och i april.",
    "Mötet började kl. 14.30 och tog en timme.",
    "De finns där dygnet runt, 24/7.",
    "Barnen var 3-4 år gamla.",
    "Hon fick 13/14 rätt på provet.",
    "Utredningen tog 4 månader.",
    "Han fick 1/3 av summan tillbaka.",
  ])("ignores %j", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});
