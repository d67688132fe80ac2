import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, screenActionBody } from "./screen-action-body";

const text = "text/plain;charset=UTF-8";

describe("screenActionBody", () => {
  it("lets through what a browser sends for plain arguments", () => {
    expect(screenActionBody(text, JSON.stringify([{ title: "Rubrik", body: "Text", tagIds: ["a"] }, { altcha: "eyJh" }]))).toBe("ok");
    expect(screenActionBody(text, '[{"note":"$$5 i veckan"},"$undefined","$D2026-11-22T10:00:00.000Z","$n12"]')).toBe("ok");
    expect(screenActionBody("multipart/form-data; boundary=x", "--x--")).toBe("ok");
  });

  it("refuses what React never sends as a text body", () => {
    for (const body of ["", "x", "null", '"text"', "{}", "[", '["$Q1"]', '["$h1"]', '["$@7"]', '[{"a":["$K2"]}]', '["$1"]']) {
      expect(screenActionBody(text, body), body).toBe("malformed");
    }
    expect(screenActionBody(null, "[")).toBe("malformed");
  });

  it("refuses a body nested thousands of levels deep without overflowing the stack", () => {
    for (const depth of [5_000, 100_000, 33]) {
      expect(screenActionBody(text, `${"[".repeat(depth)}${"]".repeat(depth)}`), `${depth}`).toBe("malformed");
      expect(screenActionBody(text, `[${'{"a":'.repeat(depth)}1${"}".repeat(depth)}]`), `${depth}`).toBe("malformed");
    }
    expect(screenActionBody(text, `${"[".repeat(32)}"$undefined"${"]".repeat(32)}`)).toBe("ok");
  });

  it("refuses a body over Next's size limit, counted in bytes", () => {
    expect(screenActionBody(text, `["${"a".repeat(ACTION_BODY_LIMIT_BYTES)}"]`)).toBe("too-large");
    expect(screenActionBody(text, `["${"å".repeat(ACTION_BODY_LIMIT_BYTES / 2)}"]`)).toBe("too-large");
  });
});
