import acute from "./data/acute-patterns.json";
import cues from "./data/context-cues.json";
import cooccurrence from "./data/cooccurrence.json";
import staff from "./data/staff-threat.json";

// The phrase lists are data (lib/safety/data/*.json) so that they can be read and extended
// without reading code. Each entry is a regular expression over lower-case Swedish, matched on
// whole words: \b does not know å, ä and ö, so letter look-arounds stand in for it.
const whole = (source: string) => `(?<!\\p{L})(?:${source})(?!\\p{L})`;

export function wordRegExp(sources: readonly string[], flags = "giu"): RegExp {
  return new RegExp(sources.map(whole).join("|"), flags);
}

// Prefix-bounded only, so a stem ("anmäl", "överklag") matches all its endings.
function stemRegExp(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((source) => `(?<!\\p{L})(?:${source})`).join("|"), "iu");
}

export const acuteTriggers = {
  CHILD_AT_RISK: acute.CHILD_AT_RISK.map((source) => wordRegExp([source])),
  SUICIDE: acute.SUICIDE.map((source) => wordRegExp([source])),
  VIOLENCE: acute.VIOLENCE.map((source) => wordRegExp([source])),
};

// Every group must match in the sentence; the last one is the harm and is checked for negation.
export type CooccurrenceRule = { groups: RegExp[]; unless: RegExp | null };
const compileRules = (rules: { all: string[]; unless?: string }[]): CooccurrenceRule[] =>
  rules.map((rule) => ({
    groups: rule.all.map((source) => wordRegExp([source])),
    unless: rule.unless ? wordRegExp([rule.unless], "iu") : null,
  }));

export const acuteCooccurrences = {
  CHILD_AT_RISK: compileRules(cooccurrence.CHILD_AT_RISK),
  SUICIDE: compileRules(cooccurrence.SUICIDE),
  VIOLENCE: compileRules(cooccurrence.VIOLENCE),
};

export const threatTriggers = staff.threats.map((source) => wordRegExp([source]));
export const staffNoun = wordRegExp(staff.staffNouns, "iu");
export const lawfulRecourse = stemRegExp(staff.recourse);

export const defusers = wordRegExp(cues.defusers);
export const reactivators = wordRegExp(cues.reactivators, "iu");
// A negation among the last two words before a trigger, within the same clause.
export const negatedBefore = new RegExp(`(?<!\\p{L})${cues.negation}(?:\\P{L}+\\p{L}+){0,1}\\P{L}*$`, "iu");
// "han slår mig inte (längre)": a negation right after the trigger.
export const negatedAfter = new RegExp(`^\\P{L}*${cues.negation}(?!\\p{L})`, "iu");
