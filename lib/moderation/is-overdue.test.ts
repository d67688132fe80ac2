import { describe, expect, it } from "vitest";
import { isOverdue, isWorkingDay } from "./is-overdue";

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

  it("is overdue after four days without holidays", () => {
    expect(isOverdue(at("2026-11-21T00:00:00"), at("2026-11-25T00:00:00"))).toBe(true);
  });

  // Summer time: Stockholm is UTC+2.
  const summer = (iso: string) => new Date(`${iso}+02:00`);

  it("does not count Swedish public holidays or midsommarafton, julafton and nyårsafton", () => {
    // Thursday before midsommar 2026: Friday the 19th is midsommarafton, Saturday midsommardagen.
    const thursday = summer("2026-06-18T10:00:00");
    expect(isOverdue(thursday, summer("2026-06-22T09:00:00"))).toBe(false);
    expect(isOverdue(thursday, summer("2026-06-22T11:00:00"))).toBe(true);
    // Skärtorsdagen counts; långfredagen, the weekend and annandag påsk do not.
    const maundyThursday = summer("2026-04-02T12:00:00");
    expect(isOverdue(maundyThursday, summer("2026-04-07T11:00:00"))).toBe(false);
    expect(isOverdue(maundyThursday, summer("2026-04-07T13:00:00"))).toBe(true);
    // Julafton, juldagen and annandag jul 2025 fall Wednesday to Friday.
    expect(isOverdue(at("2025-12-23T16:00:00"), at("2025-12-29T15:00:00"))).toBe(false);
    expect(isOverdue(at("2025-12-23T16:00:00"), at("2025-12-29T17:00:00"))).toBe(true);
  });

  it("knows the working days from a maintained calendar", () => {
    expect(isWorkingDay(summer("2026-06-19T12:00:00"))).toBe(false); // midsommarafton
    expect(isWorkingDay(summer("2026-05-14T12:00:00"))).toBe(false); // Kristi himmelsfärdsdag
    expect(isWorkingDay(summer("2026-06-06T12:00:00"))).toBe(false); // nationaldagen, a Saturday anyway
    expect(isWorkingDay(at("2026-01-06T12:00:00"))).toBe(false); // trettondedag jul
    expect(isWorkingDay(summer("2026-04-30T12:00:00"))).toBe(true); // valborgsmässoafton, a half-day
    expect(isWorkingDay(at("2026-11-30T12:00:00"))).toBe(true); // an ordinary Monday
    // Midnight in Stockholm, not in UTC: 23:30 UTC on the 18th is already midsommarafton there.
    expect(isWorkingDay(new Date("2026-06-18T22:30:00Z"))).toBe(false);
  });

  it("is overdue after six days whatever the calendar", () => {
    expect(isOverdue(at("2025-12-24T00:00:00"), at("2025-12-30T00:00:01"))).toBe(true);
  });
});
