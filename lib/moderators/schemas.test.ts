import { describe, expect, it } from "vitest";
import { loginSchema } from "@/lib/auth/schemas";
import { createModeratorSchema, resetModeratorPasswordSchema, updateModeratorSchema } from "./schemas";

const valid = { name: "  Anna   Berg ", email: " Anna.Berg@Kommun.SE ", role: "MODERATOR", password: "tolv tecken!" };

function messagesOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("createModeratorSchema", () => {
  it("normalises name and e-mail", () => {
    const result = createModeratorSchema.parse(valid);
    expect(result).toEqual({ name: "Anna Berg", email: "anna.berg@kommun.se", role: "MODERATOR", password: "tolv tecken!" });
  });

  it("answers with message keys, one per bad field", () => {
    const result = createModeratorSchema.safeParse({ name: "   ", email: "inte-en-adress", role: "ROOT", password: "kort" });
    expect(messagesOf(result)).toEqual({
      name: "nameRequired",
      email: "emailInvalid",
      role: "roleUnknown",
      password: "passwordTooShort",
    });
  });

  it("requires at least 12 characters of password and caps it", () => {
    expect(createModeratorSchema.safeParse({ ...valid, password: "elva tecken" }).success).toBe(false);
    expect(createModeratorSchema.safeParse({ ...valid, password: "x".repeat(201) }).success).toBe(false);
    expect(createModeratorSchema.safeParse({ ...valid, password: "x".repeat(12) }).success).toBe(true);
  });

  it("rejects a name over 100 characters", () => {
    expect(messagesOf(createModeratorSchema.safeParse({ ...valid, name: "a".repeat(101) }))).toEqual({ name: "nameTooLong" });
  });
});

describe("updateModeratorSchema", () => {
  it("needs something to change", () => {
    expect(updateModeratorSchema.safeParse({ moderatorId: "m1" }).success).toBe(false);
    expect(updateModeratorSchema.safeParse({ moderatorId: "m1", active: false }).success).toBe(true);
    expect(updateModeratorSchema.safeParse({ moderatorId: "m1", role: "ADMIN" }).success).toBe(true);
    expect(updateModeratorSchema.safeParse({ moderatorId: "m1", role: "OWNER" }).success).toBe(false);
  });
});

describe("resetModeratorPasswordSchema", () => {
  it("applies the same password rule as creation", () => {
    expect(messagesOf(resetModeratorPasswordSchema.safeParse({ moderatorId: "m1", password: "kort" }))).toEqual({
      password: "passwordTooShort",
    });
  });
});

describe("loginSchema", () => {
  it("lowercases the e-mail so logins match stored addresses", () => {
    expect(loginSchema.parse({ email: " Admin@Sakligt.Local ", password: "x" }).email).toBe("admin@sakligt.local");
  });

  it("answers with message keys", () => {
    expect(messagesOf(loginSchema.safeParse({ email: "nej", password: "" }))).toEqual({
      email: "emailInvalid",
      password: "passwordRequired",
    });
  });
});
