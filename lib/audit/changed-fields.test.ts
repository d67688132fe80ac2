import { describe, expect, it } from "vitest";
import { changedFields } from "./changed-fields";

describe("changedFields", () => {
  it("keeps only the fields whose value changed", () => {
    expect(changedFields({ title: "A", body: "B", tagIds: ["1"] }, { title: "A2", body: "B", tagIds: ["1", "2"] })).toEqual({
      before: { title: "A", tagIds: ["1"] },
      after: { title: "A2", tagIds: ["1", "2"] },
    });
  });

  it("returns null when nothing changed", () => {
    expect(changedFields({ title: "A", active: true }, { title: "A", active: true })).toBeNull();
  });

  it("records a field that did not exist before as null", () => {
    expect(changedFields({}, { status: "PUBLISHED" })).toEqual({ before: { status: null }, after: { status: "PUBLISHED" } });
  });
});
