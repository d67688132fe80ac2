import { describe, expect, it } from "vitest";
import { EnvError, parseEnv as parseProcessEnv } from "@/lib/env";
import { mailErrorCode } from "./mail-error-code";
import { mailFrom } from "./mail-transport";

const parseEnv = (vars: Record<string, string>) => parseProcessEnv(vars as NodeJS.ProcessEnv);

describe("mail settings", () => {
  it("takes an smtp:// or smtps:// SMTP_URL and refuses anything else by name", () => {
    expect(parseEnv({ SMTP_URL: "smtps://user:pass@mail.example.se:465" }).SMTP_URL).toBe("smtps://user:pass@mail.example.se:465");
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.se" })).toThrow(EnvError);
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.se" })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ DIGEST_HOUR: "24" })).toThrow(/DIGEST_HOUR/);
  });

  it("sends from MAIL_FROM, else from no-reply at the public host", () => {
    expect(mailFrom(parseEnv({ PUBLIC_URL: "https://sakligt.example.se" }))).toBe("Sakligt <no-reply@sakligt.example.se>");
    expect(mailFrom(parseEnv({ MAIL_FROM: "Sakligt <post@example.se>" }))).toBe("Sakligt <post@example.se>");
  });

  it("records an error by its code, never its message", () => {
    expect(mailErrorCode(Object.assign(new Error("550 <a@malmo.se>: rejected"), { code: "EENVELOPE" }))).toBe("EENVELOPE");
    expect(mailErrorCode(new Error("550 <a@malmo.se>: rejected"))).toBe("Error");
    expect(mailErrorCode(Object.assign(new Error("x"), { code: "a@malmo.se" }))).toBe("Error");
  });
});
