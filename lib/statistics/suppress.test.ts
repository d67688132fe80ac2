import { describe, expect, it } from "vitest";
import { suppressCount, suppressMedian, suppressShare } from "./suppress";

describe("suppressing small numbers", () => {
  it.each([0, 1, 4])("hides a count of %i", (count) => {
    expect(suppressCount(count)).toEqual({ suppressed: true });
  });

  it.each([5, 6, 120])("shows a count of %i", (count) => {
    expect(suppressCount(count)).toEqual({ suppressed: false, value: count });
  });

  it("hides a share taken from four stories, even a whole one", () => {
    expect(suppressShare(4, 4)).toEqual({ suppressed: true });
    expect(suppressShare(1, 4)).toEqual({ suppressed: true });
    expect(suppressShare(0, 0)).toEqual({ suppressed: true });
  });

  // Beside the count of 5, "20 %" says one story was answered, "80 %" that one was not.
  it("hides a share whose part or rest is below five, however many stories it is taken from", () => {
    expect(suppressShare(1, 5)).toEqual({ suppressed: true });
    expect(suppressShare(0, 5)).toEqual({ suppressed: true });
    expect(suppressShare(5, 5)).toEqual({ suppressed: true });
    expect(suppressShare(4, 400)).toEqual({ suppressed: true });
    expect(suppressShare(396, 400)).toEqual({ suppressed: true });
  });

  it("shows a share whose part and rest are both five or more", () => {
    expect(suppressShare(5, 10)).toEqual({ suppressed: false, value: 0.5 });
    expect(suppressShare(39, 81)).toEqual({ suppressed: false, value: 39 / 81 });
  });

  it("hides a median of fewer than five stories and shows one of five", () => {
    expect(suppressMedian(3.5, 4)).toEqual({ suppressed: true });
    expect(suppressMedian(3.5, 5)).toEqual({ suppressed: false, value: 3.5 });
    expect(suppressMedian(null, 7)).toEqual({ suppressed: true });
  });
});
