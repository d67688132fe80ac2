import { describe, expect, it } from "vitest";
import { failure } from "@/lib/actions/result";
import { type ApiErrorCode, jsonError } from "@/lib/http/api-responses";
import common from "@/messages/sv/common.json";
import reader from "@/messages/sv/reader.json";
import { AppError, codesBeyondForms, failureCodes, formFailureCodes } from "./app-error";

describe("the failure codes", () => {
  it("give every code that can reach a form a Swedish text under Common.errors", () => {
    const texts: Record<string, string> = common.Common.errors;
    expect(formFailureCodes.filter((code) => !texts[code])).toEqual([]);
    expect(formFailureCodes).toContain("UNEXPECTED");
  });

  it("give every code the API answers with a text under Api.errors", () => {
    const apiCodes: ApiErrorCode[] = ["NOT_FOUND", "INVALID_QUERY", "INVALID_BODY", "BODY_TOO_LARGE", "CROSS_ORIGIN", "METHOD_NOT_ALLOWED", "RATE_LIMITED", "BUSY", "INTERNAL"];
    const texts: Record<string, string> = reader.Api.errors;
    expect(apiCodes.filter((code) => !texts[code])).toEqual([]);
    expect(Object.keys(texts).sort()).toEqual([...apiCodes].sort());
  });

  it("carry an HTTP error status, which the API answers with", async () => {
    for (const status of Object.values(failureCodes)) expect(status >= 400 && status < 600).toBe(true);
    expect(jsonError("BUSY").status).toBe(503);
    expect((await jsonError("NOT_FOUND").json()).error.code).toBe("NOT_FOUND");
    expect(codesBeyondForms.every((code) => code in failureCodes)).toBe(true);
  });

  it("let an AppError name a field and its message key", () => {
    const error = new AppError("INVALID_INPUT", { field: "code", key: "codeInvalid" });
    expect({ code: error.code, field: error.field, key: error.key, status: error.status }).toEqual({
      code: "INVALID_INPUT",
      field: "code",
      key: "codeInvalid",
      status: 400,
    });
    expect(new AppError("NOT_FOUND", "for the log").message).toBe("for the log");
  });

  // tsc checks these lines: a misspelt code does not compile (an unused @ts-expect-error would fail).
  it("refuse a misspelt code at compile time", () => {
    // @ts-expect-error: not a failure code
    expect(failure("NOT_FUOND").message).toBe("NOT_FUOND");
    // @ts-expect-error: not a failure code
    expect(new AppError("INVALID_STAET").code).toBe("INVALID_STAET");
    // @ts-expect-error: a failure code, but not one the API answers with
    expect(jsonError("STALE_VERSION").status).toBe(409);
  });
});
