import { describe, expect, it } from "vitest";
import { evaluateSafety } from "./evaluate-safety";

describe("evaluateSafety", () => {
  it("counts hits, misses and false alarms per flag, forgiving acceptable extras", () => {
    const corpus = [
      { text: "a", flags: ["SUICIDE" as const] },
      { text: "b", flags: ["SUICIDE" as const] },
      { text: "c", flags: [] },
      { text: "d", flags: ["CHILD_AT_RISK" as const], alsoAcceptable: ["VIOLENCE" as const] },
    ];
    const fake = (text: string) =>
      ({ a: ["SUICIDE"], b: [], c: ["STAFF_THREAT"], d: ["CHILD_AT_RISK", "VIOLENCE"] })[text] as never;
    const { byFlag, mistakes } = evaluateSafety(corpus, fake);
    expect(byFlag.SUICIDE).toMatchObject({ truePositives: 1, falseNegatives: 1, recall: 0.5, precision: 1 });
    expect(byFlag.STAFF_THREAT).toMatchObject({ falsePositives: 1, precision: 0 });
    expect(byFlag.VIOLENCE).toMatchObject({ falsePositives: 0, precision: 1, recall: 1 });
    expect(mistakes).toHaveLength(2);
  });
});
