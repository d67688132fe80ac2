import fc from "fast-check";
import { expect, it } from "vitest";
import { listAuditLog } from "@/lib/audit/list-audit-log";
import { listStories } from "@/lib/stories/list-stories";
import { describeEachDatabase } from "@/test/db-harness";
import { pageFromSearchParam } from "./page-param";

// `/mod/logg?sida=1e20` answered 500: the page number became an offset the database refused.
// Whatever a person types after ?sida=, the pages get a number the database accepts.
const absurd = ["1e20", "99999999999999999999", "-1", "0", "abc", "", "1.5", "Infinity", "NaN", "\u0000", "\uD800"];

it("turns every absurd page parameter into page 1, and keeps real ones", () => {
  for (const value of absurd) expect(pageFromSearchParam(value), JSON.stringify(value)).toBe(1);
  expect(pageFromSearchParam(["3", "1e20"])).toBe(3);
  expect(pageFromSearchParam("100000")).toBe(100_000);
  expect(pageFromSearchParam(undefined)).toBe(1);
});

describeEachDatabase("listing pages for any page parameter", () => {
  it("needs the guard: the raw number the old page parser let through is refused by the database layer", async () => {
    await expect(listAuditLog({ viewerRole: "ADMIN", page: Number("1e20") })).rejects.toThrow();
  });

  it("lists the audit log and the stories without a database error", async () => {
    const values = fc.sample(fc.oneof(fc.constantFrom(...absurd, "0x10", "100000", "2"), fc.string({ maxLength: 25 }), fc.double().map(String)), 60);
    for (const value of values) {
      const page = pageFromSearchParam(value);
      await expect(listAuditLog({ viewerRole: "ADMIN", page }), JSON.stringify(value)).resolves.toMatchObject({ entries: expect.any(Array) });
      await expect(listStories({ page }), JSON.stringify(value)).resolves.toBeTruthy();
    }
  });
});
