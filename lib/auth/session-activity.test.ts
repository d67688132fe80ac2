import { describe, expect, it } from "vitest";
import { loggedOutPath, SESSION_MAX_AGE_SECONDS, sessionState } from "./session-activity";

const minute = 60 * 1000;
const loginAt = Date.UTC(2026, 10, 22, 8, 0);

describe("sessionState", () => {
  it("stays active while the moderator keeps doing things", () => {
    expect(sessionState({ loginAt, lastActivity: loginAt, idleMinutes: 30, now: loginAt + 29 * minute })).toBe("active");
    expect(sessionState({ loginAt, lastActivity: loginAt + 4 * 60 * minute, idleMinutes: 30, now: loginAt + 4 * 60 * minute + 10 * minute })).toBe("active");
  });

  it("ends after the idle time without activity", () => {
    expect(sessionState({ loginAt, lastActivity: loginAt, idleMinutes: 30, now: loginAt + 30 * minute + 1 })).toBe("idle");
    expect(sessionState({ loginAt, lastActivity: loginAt, idleMinutes: 5, now: loginAt + 6 * minute })).toBe("idle");
  });

  it("ends after the absolute limit however active", () => {
    const now = loginAt + SESSION_MAX_AGE_SECONDS * 1000 + 1;
    expect(sessionState({ loginAt, lastActivity: now - minute, idleMinutes: 30, now })).toBe("expired");
  });

  it("does not trust a token without the times", () => {
    expect(sessionState({ idleMinutes: 30, now: loginAt })).toBe("expired");
    expect(sessionState({ loginAt: "yesterday", lastActivity: loginAt, idleMinutes: 30, now: loginAt })).toBe("expired");
  });

  it("sends the moderator to the login page with the reason", () => {
    expect(loggedOutPath("idle")).toBe("/mod/logga-in?utloggad=inaktiv");
    expect(loggedOutPath("expired")).toBe("/mod/logga-in?utloggad=tid");
  });
});
