// An AppError that names a field is that field's error, through either wrapper's catch; the
// public wrapper is called directly here (no rate limit, no proof), the moderator one in
// lib/actions/mod/two-factor.integration.test.ts with a real session.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { publicAction } from "./public-action";
import { failureOf } from "./result";

describe("a thrown AppError", () => {
  it("becomes a field error when it names a field, with its key or else its code", () => {
    expect(failureOf(new AppError("INVALID_INPUT", { field: "code", key: "codeInvalid" }))).toEqual({
      ok: false,
      message: "INVALID_INPUT",
      fieldErrors: { code: ["codeInvalid"] },
    });
    expect(failureOf(new AppError("CONFLICT", { field: "email" }))).toEqual({ ok: false, message: "CONFLICT", fieldErrors: { email: ["CONFLICT"] } });
    expect(failureOf(new AppError("NOT_FOUND", "for the log only"))).toEqual({ ok: false, message: "NOT_FOUND", fieldErrors: {} });
    expect(failureOf(new Error("boom"))).toBeNull();
  });

  it("reaches the form through publicAction, and anything else is UNEXPECTED with only its name logged", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const schema = z.object({ name: z.string() });
    const refusing = publicAction({ name: "refusing", schema, bucket: null }, async () => {
      throw new AppError("CONFLICT", { field: "name", key: "nameTaken" });
    });
    expect(await refusing({ name: "Anna" })).toEqual({ ok: false, message: "CONFLICT", fieldErrors: { name: ["nameTaken"] } });
    const failing = publicAction({ name: "failing", schema, bucket: null }, async () => {
      throw new TypeError("the text Anna wrote");
    });
    expect(await failing({ name: "Anna" })).toEqual({ ok: false, message: "UNEXPECTED", fieldErrors: {} });
    expect(log.mock.calls).toEqual([["failing failed: TypeError"]]);
    log.mockRestore();
  });
});
