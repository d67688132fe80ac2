import { describe, expect, it } from "vitest";
import { instantOfPublicDate, toPublicDate } from "./public-date";

describe("toPublicDate", () => {
  it("gives the day in Stockholm, in winter and in summer time", () => {
    expect(toPublicDate(new Date("2026-01-15T22:59:59.999Z"))).toBe("2026-01-15");
    expect(toPublicDate(new Date("2026-01-15T23:00:00.000Z"))).toBe("2026-01-16");
    expect(toPublicDate(new Date("2026-07-15T21:59:59.999Z"))).toBe("2026-07-15");
    expect(toPublicDate(new Date("2026-07-15T22:00:00.000Z"))).toBe("2026-07-16");
  });

  it("reads back as an instant on the same day", () => {
    for (const day of ["2026-01-01", "2026-03-29", "2026-10-25", "2026-12-31"]) {
      expect(toPublicDate(instantOfPublicDate(day))).toBe(day);
    }
  });
});
