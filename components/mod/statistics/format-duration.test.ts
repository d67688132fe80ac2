import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it("says minutes under an hour, rounded", () => {
    expect(formatDuration(0)).toBe("0 min");
    expect(formatDuration(44.6)).toBe("45 min");
    expect(formatDuration(59)).toBe("59 min");
  });

  it("says hours and minutes under a day", () => {
    expect(formatDuration(60)).toBe("1 h");
    expect(formatDuration(200)).toBe("3 h 20 min");
    expect(formatDuration(23 * 60 + 59)).toBe("23 h 59 min");
  });

  it("says days and hours from a day on, without minutes", () => {
    expect(formatDuration(24 * 60)).toBe("1 dag");
    expect(formatDuration(24 * 60 + 59)).toBe("1 dag");
    expect(formatDuration(25 * 60)).toBe("1 dag 1 h");
    expect(formatDuration(3_010)).toBe("2 dagar 2 h");
    expect(formatDuration(52 * 60 + 10)).toBe("2 dagar 4 h");
  });
});
