import firstNameList from "./data/first-names.json";
import surnameList from "./data/surnames.json";
import {
  NAMING_WORDS,
  NEVER_NAMES,
  POSSESSIVES,
  ROLE_WORDS,
  SURNAME_ENDING,
  TITLE_WORDS,
} from "./name-context";
import type { Finding } from "./types";

const FIRST_NAMES = new Set(firstNameList);
const SURNAMES = new Set(surnameList);
const WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// Names next to each other must be separated by blanks only; a comma or full stop ends the name.
const BLANK_GAP = /^[ \t\u00a0]+$/;
const SENTENCE_END = /[.!?:;"”»\n]\s*$|^\s*$/;

type Token = { word: string; start: number; end: number };

// "Annas" and "Svenssons" are genitives of listed names.
function listed(set: Set<string>, word: string): boolean {
  if (set.has(word)) return true;
  if (word.endsWith("s") && set.has(word.slice(0, -1))) return true;
  // "Anna-Karin" is a name if every part is.
  return word.includes("-") && word.split("-").every((part) => set.has(part));
}

function isFirstName(word: string): boolean {
  return CAPITALISED.test(word) && listed(FIRST_NAMES, word);
}

function isSurname(word: string): boolean {
  return CAPITALISED.test(word) && (listed(SURNAMES, word) || SURNAME_ENDING.test(word));
}

function isCapitalisedWord(word: string): boolean {
  return CAPITALISED.test(word) && !NEVER_NAMES.has(word.toLowerCase());
}

export function findNames(text: string): Finding[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  const adjacent = (i: number) =>
    i + 1 < tokens.length && BLANK_GAP.test(text.slice(tokens[i].end, tokens[i + 1].start));
  const atSentenceStart = (i: number) =>
    SENTENCE_END.test(text.slice(i === 0 ? 0 : tokens[i - 1].end, tokens[i].start)) || i === 0;

  // Extends a name over a following surname: "Anna Svensson", "Anna Maria Svensson".
  const extend = (i: number): number => {
    let last = i;
    while (adjacent(last) && last - i < 2) {
      const next = tokens[last + 1].word;
      if (isSurname(next) || (last === i && isFirstName(next) && adjacent(last + 1) && isSurname(tokens[last + 2].word))) last++;
      else break;
    }
    return last;
  };

  const findings: Finding[] = [];
  const add = (from: number, to: number) => {
    const start = tokens[from].start;
    const end = tokens[to].end;
    findings.push({ kind: "name", start, end, text: text.slice(start, end), replacement: "[namn]" });
  };

  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].word;
    const lower = word.toLowerCase();
    const next = adjacent(i) ? tokens[i + 1].word : undefined;

    // (b) A role or a naming verb right before a capitalised word: "handläggaren Anna".
    if (next && ROLE_WORDS.has(lower) && CAPITALISED.test(next)) {
      const needsPossessive = lower === "man";
      const hasPossessive = i > 0 && POSSESSIVES.has(tokens[i - 1].word.toLowerCase());
      const strong = NAMING_WORDS.has(lower);
      const accepted = strong ? isCapitalisedWord(next) : isFirstName(next) || (isCapitalisedWord(next) && !atSentenceStart(i + 1));
      if (accepted && (!needsPossessive || hasPossessive)) {
        const last = extend(i + 1);
        add(i + 1, last);
        i = last;
        continue;
      }
    }
    // (c) A title before a surname: "fru Andersson", "herr Nilsson".
    if (next && TITLE_WORDS.has(lower) && isSurname(next)) {
      add(i + 1, i + 1);
      i++;
      continue;
    }
    // (a) A listed first name followed by a surname: "Anna Svensson".
    if (next && isFirstName(word) && (isSurname(next) || isFirstName(next))) {
      const last = extend(i);
      if (last > i) {
        add(i, last);
        i = last;
        continue;
      }
    }
    // (a) An unlisted first name before a listed surname: "Zlatan Andersson".
    if (next && isCapitalisedWord(word) && !ROLE_WORDS.has(lower) && !TITLE_WORDS.has(lower) && CAPITALISED.test(next) && listed(SURNAMES, next)) {
      add(i, i + 1);
      i++;
    }
  }
  return findings;
}
