// The quality floors for the personal-data detector (docs/detectors.md), in one place so the benchmark
// (scripts/bench-detector.ts) and the unit test that enforces them (corpus-floors.test.ts) can
// never disagree about what "good enough" means.
import type { KindScore } from "./evaluate-detector";

/** Recall floors: missing an identity number, phone or e-mail is worse than missing a name. */
export const RECALL_TARGETS: Readonly<Record<string, number>> = {
  personnummer: 0.98,
  samordningsnummer: 0.98,
  "personnummer+samordningsnummer": 0.98,
  phone: 0.98,
  email: 0.98,
  name: 0.9,
  address: 0.9,
  postcode: 0.9,
};

/** Every kind, and the identity-number group, must be right at least this often when it fires. */
export const PRECISION_TARGET = 0.9;

/** Which floors a score breaks, as readable phrases; empty when it meets them all. */
export function brokenTargets(kind: string, score: KindScore): string[] {
  const broken: string[] = [];
  if (score.precision < PRECISION_TARGET) broken.push(`precision ${score.precision.toFixed(3)} < ${PRECISION_TARGET}`);
  const recallTarget = RECALL_TARGETS[kind];
  if (recallTarget !== undefined && score.recall < recallTarget) {
    broken.push(`recall ${score.recall.toFixed(3)} < ${recallTarget}`);
  }
  return broken;
}
