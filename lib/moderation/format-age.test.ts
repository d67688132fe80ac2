import { describe, expect, it } from "vitest";
import { formatAge } from "./format-age";

const now = new Date("2026-11-18T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const minutes = (n: number) => n * 60 * 1000;
const hours = (n: number) => n * minutes(60);
const days = (n: number) => n * hours(24);

describe("formatAge", () => {
  it("says minutes under an hour, never zero", () => {
    expect(formatAge(ago(0), now)).toBe("1 minut");
    expect(formatAge(ago(minutes(1)), now)).toBe("1 minut");
    expect(formatAge(ago(minutes(59)), now)).toBe("59 minuter");
  });

  it("says hours under a day, rounded down", () => {
    expect(formatAge(ago(hours(1)), now)).toBe("1 timme");
    expect(formatAge(ago(hours(2) + minutes(59)), now)).toBe("2 timmar");
    expect(formatAge(ago(hours(23) + minutes(59)), now)).toBe("23 timmar");
  });

  it("says days from one day on", () => {
    expect(formatAge(ago(days(1)), now)).toBe("1 dag");
    expect(formatAge(ago(days(2) - 1), now)).toBe("1 dag");
    expect(formatAge(ago(days(45)), now)).toBe("45 dagar");
  });

  it("treats a time in the future (clock skew) as just now", () => {
    expect(formatAge(new Date(now.getTime() + hours(3)), now)).toBe("1 minut");
  });
});
