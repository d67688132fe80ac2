import { describe, expect, it } from "vitest";
import { assessSafety } from "../assess-safety";
import { type SafetyCorpusEntry, evaluateSafety } from "../evaluate-safety";
import heldoutJson from "./heldout.json";
import tunedJson from "./sv-safety-corpus.json";

const assess = (text: string) => assessSafety({ title: "", body: text }).flags;

// The floors: missing acute danger is the costly mistake, so recall is held high for the
// three acute flags; flagging criticism as a threat would hide lawful criticism, so precision is
// held for staff threats. Both corpora are held: the one the rules were first tuned on, and
// heldout.json, written before its author had read the rules (its first score, in docs/detectors.md,
// is the honest one; since then it has been tuned against too).
describe.each([
  { name: "tuned corpus", corpus: tunedJson as SafetyCorpusEntry[], size: 120, perFlag: 20, negatives: 40 },
  { name: "held-out corpus", corpus: heldoutJson as SafetyCorpusEntry[], size: 150, perFlag: 25, negatives: 60 },
])("safety $name", ({ corpus, size, perFlag, negatives }) => {
  const { byFlag, mistakes } = evaluateSafety(corpus, assess);

  it("is large and balanced enough to mean something", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(size);
    for (const flag of ["CHILD_AT_RISK", "SUICIDE", "VIOLENCE", "STAFF_THREAT"] as const) {
      expect(corpus.filter((entry) => entry.flags.includes(flag)).length, flag).toBeGreaterThanOrEqual(perFlag);
    }
    expect(corpus.filter((entry) => entry.flags.length === 0).length).toBeGreaterThanOrEqual(negatives);
  });

  it.each(["CHILD_AT_RISK", "SUICIDE", "VIOLENCE"] as const)("finds %s with recall ≥ 0.95", (flag) => {
    const missed = mistakes.filter((m) => m.flag === flag && m.type === "false-negative").map((m) => m.text);
    expect(byFlag[flag].recall, missed.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("flags staff threats with precision ≥ 0.85", () => {
    const falseAlarms = mistakes.filter((m) => m.flag === "STAFF_THREAT" && m.type === "false-positive").map((m) => m.text);
    expect(byFlag.STAFF_THREAT.precision, falseAlarms.join("\n")).toBeGreaterThanOrEqual(0.85);
  });

  // A false alarm costs a moderator one click, but a detector that flags every strong word is
  // ignored; at most one sentence in ten without a flag may get one.
  it("leaves at least nine in ten sentences without a flag alone", () => {
    const clean = corpus.filter((entry) => entry.flags.length === 0);
    const alarmed = clean.filter((entry) => assess(entry.text).length > 0).map((entry) => entry.text);
    expect(alarmed.length / clean.length, alarmed.join("\n")).toBeLessThanOrEqual(0.1);
  });
});
