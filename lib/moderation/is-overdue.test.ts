import { describe, expect, it } from "vitest";
import { isOverdue } from "./is-overdue";

// November 2026: the 16th is a Monday, the 20th a Friday. Stockholm is UTC+1 then.
const at = (iso: string) => new Date(`${iso}+01:00`);

describe("isOverdue", () => {
  it("is not overdue within 24 hours on weekdays", () => {
    expect(isOverdue(at("2026-11-17T09:00:00"), at("2026-11-18T08:59:00"))).toBe(false);
    expect(isOverdue(at("2026-11-17T09:00:00"), at("2026-11-18T09:00:00"))).toBe(false);
  });

  it("is overdue after more than one working day", () => {
    expect(isOverdue(at("2026-11-17T09:00:00"), at("2026-11-18T10:00:00"))).toBe(true);
  });

  it("does not count the weekend", () => {
    const fridayAfternoon = at("2026-11-20T14:00:00");
    expect(isOverdue(fridayAfternoon, at("2026-11-23T13:00:00"))).toBe(false);
    expect(isOverdue(fridayAfternoon, at("2026-11-23T15:00:00"))).toBe(true);
  });

  it("starts the clock on Monday for something sent at the weekend", () => {
    const saturday = at("2026-11-21T10:00:00");
    expect(isOverdue(saturday, at("2026-11-23T23:00:00"))).toBe(false);
    expect(isOverdue(saturday, at("2026-11-24T01:00:00"))).toBe(true);
  });

  it("is overdue after four days whatever the weekdays", () => {
    expect(isOverdue(at("2026-11-21T00:00:00"), at("2026-11-25T00:00:00"))).toBe(true);
  });
});
