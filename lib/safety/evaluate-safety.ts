import type { SafetyFlag } from "@/generated/prisma/enums";
import { SAFETY_FLAGS } from "./safety-flags";

// A labelled sentence: `flags` must be found; `alsoAcceptable` may be found without counting as
// a false alarm (violence against a child at home is both a child at risk and violence).
export type SafetyCorpusEntry = { text: string; flags: SafetyFlag[]; alsoAcceptable?: SafetyFlag[] };
export type FlagScore = { truePositives: number; falsePositives: number; falseNegatives: number; precision: number; recall: number };
export type SafetyMistake = { type: "false-positive" | "false-negative"; flag: SafetyFlag; text: string };

// Scores any assess function against the corpus, per flag. Pure, so the arithmetic is testable.
export function evaluateSafety(
  corpus: readonly SafetyCorpusEntry[],
  assess: (text: string) => readonly SafetyFlag[],
): { byFlag: Record<SafetyFlag, FlagScore>; mistakes: SafetyMistake[] } {
  const counts = Object.fromEntries(SAFETY_FLAGS.map((flag) => [flag, { tp: 0, fp: 0, fn: 0 }])) as Record<
    SafetyFlag,
    { tp: number; fp: number; fn: number }
  >;
  const mistakes: SafetyMistake[] = [];
  for (const entry of corpus) {
    const found = new Set(assess(entry.text));
    for (const flag of SAFETY_FLAGS) {
      const expected = entry.flags.includes(flag);
      if (expected && found.has(flag)) counts[flag].tp += 1;
      else if (expected) {
        counts[flag].fn += 1;
        mistakes.push({ type: "false-negative", flag, text: entry.text });
      } else if (found.has(flag) && !entry.alsoAcceptable?.includes(flag)) {
        counts[flag].fp += 1;
        mistakes.push({ type: "false-positive", flag, text: entry.text });
      }
    }
  }
  const byFlag = Object.fromEntries(
    SAFETY_FLAGS.map((flag) => {
      const { tp, fp, fn } = counts[flag];
      const score: FlagScore = {
        truePositives: tp,
        falsePositives: fp,
        falseNegatives: fn,
        precision: tp + fp === 0 ? 1 : tp / (tp + fp),
        recall: tp + fn === 0 ? 1 : tp / (tp + fn),
      };
      return [flag, score];
    }),
  ) as Record<SafetyFlag, FlagScore>;
  return { byFlag, mistakes };
}
