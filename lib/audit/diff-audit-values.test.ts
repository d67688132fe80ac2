import { describe, expect, it } from "vitest";
import { abbreviateChange, diffAuditValues } from "./diff-audit-values";

describe("diffAuditValues", () => {
  it("keeps only the fields that changed", () => {
    expect(
      diffAuditValues(
        { name: "Anna", email: "a@k.se", role: "MODERATOR", active: true },
        { name: "Anna", email: "a@k.se", role: "ADMIN", active: true },
      ),
    ).toEqual([{ field: "role", before: "MODERATOR", after: "ADMIN" }]);
  });

  it("shows every field of a creation as new", () => {
    expect(diffAuditValues(null, { name: "Anna", active: true })).toEqual([
      { field: "name", before: undefined, after: "Anna" },
      { field: "active", before: undefined, after: true },
    ]);
  });

  it("flattens nested objects and compares arrays by value", () => {
    expect(
      diffAuditValues(
        { status: "PENDING", tagIds: ["a", "b"] },
        { status: "PUBLISHED", tagIds: ["a", "b"], reply: { body: "Tack", templateId: null } },
      ),
    ).toEqual([
      { field: "status", before: "PENDING", after: "PUBLISHED" },
      { field: "reply.body", before: undefined, after: "Tack" },
      { field: "reply.templateId", before: undefined, after: null },
    ]);
  });

  it("reports a field that was removed", () => {
    expect(diffAuditValues({ reason: "Namn i texten" }, {})).toEqual([
      { field: "reason", before: "Namn i texten", after: undefined },
    ]);
  });
});

describe("abbreviateChange", () => {
  it("leaves short texts whole", () => {
    expect(abbreviateChange("Min handläggare Eva", "Min handläggare")).toEqual({
      before: "Min handläggare Eva",
      after: "Min handläggare",
    });
  });

  it("keeps the changed part of long texts with some context", () => {
    const head = "a".repeat(500);
    const tail = "z".repeat(500);
    const result = abbreviateChange(`${head} Eva Svensson ${tail}`, `${head} min handläggare ${tail}`, 10);
    expect(result).toEqual({
      before: `…${"a".repeat(9)} Eva Svensson ${"z".repeat(9)}…`,
      after: `…${"a".repeat(9)} min handläggare ${"z".repeat(9)}…`,
    });
  });
});
