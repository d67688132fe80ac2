import { describe, expect, it } from "vitest";
import { LOGIN_PACE_MAX_MS } from "@/lib/rate-limit/rules";
import { loginPaceSeconds, PACE_STEPS_SECONDS } from "./login-pace";

describe("the pause between attempts on an account under attack", () => {
  it("is none up to the allowance, then doubles every five failures up to its cap", () => {
    const pause = (failures: number) => loginPaceSeconds({ failures, allowance: 10 });
    expect([0, 9].map(pause)).toEqual([0, 0]);
    expect([10, 14, 15, 20, 44, 45, 10_000].map(pause)).toEqual([5, 5, 10, 20, 320, 640, 640]);
    expect(LOGIN_PACE_MAX_MS).toBe(Math.max(...PACE_STEPS_SECONDS) * 1000);
  });

  it("uses only windows that divide a UTC day, as the daily-keyed counters need", () => {
    for (const seconds of PACE_STEPS_SECONDS) expect(86_400 % seconds).toBe(0);
  });
});
