import { describe, expect, it } from "vitest";
import { suppressCount } from "./suppress";
import { withholdCombinations } from "./withhold-combinations";

const months = (...counts: number[]) => counts.map(suppressCount);
const sum = (counts: { published: number }[]) => counts.reduce((total, count) => total + count.published, 0);

describe("withholding combinations that reveal a hidden cell", () => {
  it("withholds the total when one month is hidden, so total minus the others cannot reveal it", () => {
    const result = withholdCombinations({ months: months(8, 9, 3, 10), total: 30, municipalities: [{ key: "1280", published: 27 }, { key: "0114", published: 3 }], named: 25 });
    expect(result.showTotal).toBe(false);
    expect(result.others).toBeNull();
    expect(result.named).toEqual([{ key: "1280", published: 27 }]);
  });

  it("never names a municipality below the rule, and counts it with the others", () => {
    const result = withholdCombinations({ months: months(10, 10), total: 20, municipalities: [{ key: "1280", published: 6 }, { key: "0180", published: 9 }, { key: "0114", published: 3 }], named: 25 });
    // 20 - 9 - 6 = 5: shown, and it is the sum of a hidden municipality and the unnamed stories.
    expect(result).toEqual({ showTotal: true, named: [{ key: "0180", published: 9 }, { key: "1280", published: 6 }], others: 5 });
  });

  it("moves the smallest named municipality into the others when the others would be hidden", () => {
    const result = withholdCombinations({ months: months(10, 10), total: 20, municipalities: [{ key: "1280", published: 8 }, { key: "0180", published: 9 }, { key: "0114", published: 3 }], named: 25 });
    expect(result).toEqual({ showTotal: true, named: [{ key: "0180", published: 9 }], others: 11 });
    expect(suppressCount(20 - sum(result.named)).suppressed).toBe(false);
  });

  it("hides no zero: a total made only of named municipalities still leaves others of at least five", () => {
    const result = withholdCombinations({ months: months(7, 7), total: 14, municipalities: [{ key: "1280", published: 7 }, { key: "0180", published: 7 }], named: 25 });
    expect(result.named).toHaveLength(1);
    expect(result.others).toBe(7);
  });

  it("names at most the largest `named` municipalities", () => {
    const municipalities = Array.from({ length: 40 }, (_, index) => ({ key: String(1000 + index), published: 5 + index }));
    const result = withholdCombinations({ months: months(500, 500), total: 1000, municipalities, named: 25 });
    expect(result.named).toHaveLength(25);
    expect(result.named[0].published).toBe(44);
    expect(result.others).toBe(1000 - sum(result.named));
  });
});
