import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { retentionConfig } from "./retention-config";

const parse = (vars: Record<string, string>) => parseEnv({ NODE_ENV: "test", ...vars });

describe("retention configuration", () => {
  it("keeps things 30 days and runs hourly unless told otherwise", () => {
    expect(retentionConfig(parse({}))).toEqual({ rejectedDays: 30, withdrawnDays: 30, originalTextDays: 30, siteFeedbackDays: 30, intervalMinutes: 60, batchSize: 50, batchPauseMs: 100 });
  });

  it("reads each period from its own variable", () => {
    const config = retentionConfig(
      parse({ RETENTION_REJECTED_DAYS: "7", RETENTION_WITHDRAWN_DAYS: "14", RETENTION_ORIGINAL_TEXT_DAYS: "90", RETENTION_SITE_FEEDBACK_DAYS: "21", RETENTION_INTERVAL_MINUTES: "5", RETENTION_BATCH_SIZE: "10", RETENTION_BATCH_PAUSE_MS: "0" }),
    );
    expect(config).toEqual({ rejectedDays: 7, withdrawnDays: 14, originalTextDays: 90, siteFeedbackDays: 21, intervalMinutes: 5, batchSize: 10, batchPauseMs: 0 });
  });

  it.each([
    ["RETENTION_REJECTED_DAYS", "trettio"],
    ["RETENTION_WITHDRAWN_DAYS", "0"],
    ["RETENTION_ORIGINAL_TEXT_DAYS", "1.5"],
    ["RETENTION_SITE_FEEDBACK_DAYS", "0"],
    ["RETENTION_INTERVAL_MINUTES", "-1"],
    ["RETENTION_INTERVAL_MINUTES", "100000"],
    ["RETENTION_BATCH_SIZE", "0"],
    ["RETENTION_BATCH_PAUSE_MS", "-5"],
  ])("names %s when it is %s", (name, value) => {
    expect(() => parse({ [name]: value })).toThrow(new RegExp(`${name}: must be`));
  });
});
