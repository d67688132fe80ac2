import type { SafetyFlag } from "@/generated/prisma/enums";
import {
  type CooccurrenceRule,
  acuteCooccurrences,
  acuteTriggers,
  defusers,
  lawfulRecourse,
  negatedAfter,
  negatedBefore,
  reactivators,
  staffNoun,
  threatTriggers,
} from "./compile-patterns";
import { isAcuteFlag, sortFlags } from "./safety-flags";
import { clauseBefore, splitSentences } from "./split-sentences";

export type SafetyAssessment = { urgent: boolean; flags: SafetyFlag[] };

// Reads a story for signs of acute danger (a child at risk now, thoughts of suicide, violence at
// home) and for threats against staff. Pure and synchronous, so the same call serves the
// submission, the author's own edit and the moderator's publication. Leans towards flagging: a
// moderator clears a false alarm in one click, while a missed one waits in the ordinary queue.
export function assessSafety({ title, body }: { title: string; body: string }): SafetyAssessment {
  const sentences = [...splitSentences(title), ...splitSentences(body)];
  const mentionsStaff = sentences.some((sentence) => staffNoun.test(sentence));
  const found = new Set<SafetyFlag>();

  for (const sentence of sentences) {
    for (const flag of ["CHILD_AT_RISK", "SUICIDE", "VIOLENCE"] as const) {
      if (found.has(flag) || isDefused(sentence)) continue;
      const byPhrase = acuteTriggers[flag].some((trigger) => hasLiveMatch(trigger, sentence));
      if (byPhrase || acuteCooccurrences[flag].some((rule) => meetsRule(rule, sentence))) found.add(flag);
    }
    if (!found.has("STAFF_THREAT") && isStaffThreat(sentence, mentionsStaff)) found.add("STAFF_THREAT");
  }
  const flags = sortFlags(found);
  return { urgent: flags.some(isAcuteFlag), flags };
}

// A match counts unless it is negated in its own clause ("han har aldrig slagit mig",
// "han slår mig inte längre").
function hasLiveMatch(trigger: RegExp, sentence: string): boolean {
  for (const match of sentence.matchAll(trigger)) {
    if (negatedBefore.test(clauseBefore(sentence, match.index))) continue;
    if (negatedAfter.test(sentence.slice(match.index + match[0].length))) continue;
    return true;
  }
  return false;
}

function meetsRule({ groups, unless }: CooccurrenceRule, sentence: string): boolean {
  if (unless?.test(sentence)) return false;
  const harm = groups[groups.length - 1];
  return groups.slice(0, -1).every((group) => new RegExp(group).test(sentence)) && hasLiveMatch(harm, sentence);
}

// Distant past, safety reached, or a fear that is over defuses a sentence, unless the same
// sentence says it is still going on ("för tio år sedan … och i går igen").
function isDefused(sentence: string): boolean {
  defusers.lastIndex = 0;
  if (!defusers.test(sentence)) return false;
  const rest = sentence.replace(defusers, " ");
  return !reactivators.test(rest);
}

// Criticism, however sharp, and lawful recourse (IVO, JO, an appeal, the press) are not threats.
// A threat must be aimed at someone identifiable as staff: named in the sentence, or, for a
// pronoun, somewhere in the story.
function isStaffThreat(sentence: string, mentionsStaff: boolean): boolean {
  if (lawfulRecourse.test(sentence)) return false;
  if (!threatTriggers.some((trigger) => hasLiveMatch(trigger, sentence))) return false;
  return mentionsStaff || staffNoun.test(sentence);
}
