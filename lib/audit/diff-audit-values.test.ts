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
  it("marks the changed words in a short text", () => {
    expect(abbreviateChange("Min handläggare Eva var sen", "Min handläggare var sen")).toEqual({
      before: { lead: "Min handläggare ", changed: "Eva ", trail: "var sen" },
      after: { lead: "Min handläggare ", changed: "", trail: "var sen" },
    });
  });

  it("keeps only some context around the change in a long text", () => {
    const head = "a".repeat(500);
    const tail = "z".repeat(500);
    const result = abbreviateChange(`${head} Eva Svensson ${tail}`, `${head} min handläggare ${tail}`, 10);
    expect(result).toEqual({
      before: { lead: `…${"a".repeat(9)} `, changed: "Eva Svensson", trail: ` ${"z".repeat(9)}…` },
      after: { lead: `…${"a".repeat(9)} `, changed: "min handläggare", trail: ` ${"z".repeat(9)}…` },
    });
  });

  it("handles a text that only grew", () => {
    expect(abbreviateChange("Tack", "Tack så mycket")).toEqual({
      before: { lead: "Tack", changed: "", trail: "" },
      after: { lead: "Tack", changed: " så mycket", trail: "" },
    });
  });
});
