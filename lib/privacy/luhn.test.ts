import { describe, expect, it } from "vitest";
import { luhnCheckDigit, luhnValid } from "./luhn";

describe("luhnValid", () => {
  it("accepts the Tax Agency's well-known test number 121212-1212", () => {
    expect(luhnValid("1212121212")).toBe(true);
  });

  it("accepts another published example, 811218-9876", () => {
    expect(luhnValid("8112189876")).toBe(true);
  });

  it("rejects the same numbers with any other check digit", () => {
    for (let digit = 0; digit <= 9; digit++) {
      if (digit === 2) continue;
      expect(luhnValid(`121212121${digit}`)).toBe(false);
    }
  });

  it("rejects empty input and non-digits", () => {
    expect(luhnValid("")).toBe(false);
    expect(luhnValid("12121212-1212")).toBe(false);
  });

  it("computes a check digit that makes every number valid and only one digit does", () => {
    for (const nine of ["850709123", "000101000", "991231999", "201010101"]) {
      const check = luhnCheckDigit(nine);
      expect(luhnValid(nine + check)).toBe(true);
      expect(luhnValid(nine + ((check + 1) % 10))).toBe(false);
    }
  });
});
