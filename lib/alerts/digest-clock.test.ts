import { describe, expect, it } from "vitest";
import { isDigestDue, stockholmDayAndHour } from "./digest-clock";

describe("the digest clock", () => {
  it("reads the hour in Stockholm, summer and winter", () => {
    expect(stockholmDayAndHour(new Date("2026-12-05T06:30:00Z"))).toEqual({ day: "2026-12-05", hour: 7 });
    expect(stockholmDayAndHour(new Date("2026-07-05T05:30:00Z"))).toEqual({ day: "2026-07-05", hour: 7 });
    expect(stockholmDayAndHour(new Date("2026-12-05T23:30:00Z"))).toEqual({ day: "2026-12-06", hour: 0 });
  });

  it("is due once a day, from the hour on", () => {
    const before = new Date("2026-12-05T05:59:00Z");
    const at = new Date("2026-12-05T06:00:00Z");
    const later = new Date("2026-12-05T15:00:00Z");
    expect(isDigestDue({ now: before, hour: 7, lastDay: null })).toBe(false);
    expect(isDigestDue({ now: at, hour: 7, lastDay: null })).toBe(true);
    expect(isDigestDue({ now: later, hour: 7, lastDay: "2026-12-05" })).toBe(false);
    expect(isDigestDue({ now: new Date("2026-12-06T06:00:00Z"), hour: 7, lastDay: "2026-12-05" })).toBe(true);
  });
});
