import { describe, expect, it } from "vitest";
import { assessSafety } from "../assess-safety";
import { type SafetyCorpusEntry, evaluateSafety } from "../evaluate-safety";
import corpusJson from "./sv-safety-corpus.json";

const corpus = corpusJson as SafetyCorpusEntry[];
const assess = (text: string) => assessSafety({ title: "", body: text }).flags;

// Issue 3's floors: missing acute danger is the costly mistake, so recall is held high for the
// three acute flags; flagging criticism as a threat would hide lawful criticism, so precision is
// held for staff threats.
describe("safety corpus", () => {
  const { byFlag, mistakes } = evaluateSafety(corpus, assess);

  it("is large and balanced enough to mean something", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(120);
    for (const flag of ["CHILD_AT_RISK", "SUICIDE", "VIOLENCE", "STAFF_THREAT"] as const) {
      expect(corpus.filter((entry) => entry.flags.includes(flag)).length, flag).toBeGreaterThanOrEqual(20);
    }
    expect(corpus.filter((entry) => entry.flags.length === 0).length).toBeGreaterThanOrEqual(40);
  });

  it.each(["CHILD_AT_RISK", "SUICIDE", "VIOLENCE"] as const)("finds %s with recall ≥ 0.95", (flag) => {
    const missed = mistakes.filter((m) => m.flag === flag && m.type === "false-negative").map((m) => m.text);
    expect(byFlag[flag].recall, missed.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("flags staff threats with precision ≥ 0.85", () => {
    const falseAlarms = mistakes.filter((m) => m.flag === "STAFF_THREAT" && m.type === "false-positive").map((m) => m.text);
    expect(byFlag.STAFF_THREAT.precision, falseAlarms.join("\n")).toBeGreaterThanOrEqual(0.85);
  });
});
