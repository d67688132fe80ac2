import firstNameList from "./data/first-names.json";
import surnameList from "./data/surnames.json";
import {
  AMBIGUOUS_FIRST_NAMES,
  HONORIFICS,
  NEVER_NAME_STEMS,
  NEVER_NAMES,
  ORGANISATION_NOUN,
  PERSON_PRONOUNS,
  PLACE_PREPOSITIONS,
  POSSESSIVES,
  SENTENCE_OPENING_WORDS,
  SUBJECT_VERBS,
  SURNAME_ENDING,
  TITLE_WORDS,
  WORKPLACE_LINK,
  isNamingWord,
  isRoleWord,
} from "./name-context";
import { findCoordinatedNames } from "./find-coordinated-names";
import type { Finding } from "./types";

const FIRST_NAMES = new Set(firstNameList);
const SURNAMES = new Set(surnameList);
const WORD = /\p{L}[\p{L}'’-]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
// Names next to each other must be separated by blanks only; a comma or full stop ends the name.
const BLANK_GAP = /^[ \t\u00a0]+$/;
// "kontaktpersonen, Kim, som …": an apposition after a role is set off by a comma.
const APPOSITION_GAP = /^,[ \t\u00a0]+$/;
const SENTENCE_END = /[.!?:;"”»\n–—]\s*$/;
// "Mr. Thompson": an honorific may keep its full stop.
const HONORIFIC_GAP = /^\.?[ \t\u00a0]+$/;

const SAINT = /^(?:sankt|sankta|st|s:t)$/i;

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

function isUnambiguousFirstName(word: string): boolean {
  return isFirstName(word) && !AMBIGUOUS_FIRST_NAMES.has(word.replace(/s$/, "")) && !AMBIGUOUS_FIRST_NAMES.has(word);
}

function isCapitalisedWord(word: string): boolean {
  const lower = word.toLowerCase();
  return CAPITALISED.test(word) && !NEVER_NAMES.has(lower) && !NEVER_NAME_STEMS.test(lower);
}

export function findNames(text: string): Finding[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  const adjacent = (i: number) =>
    i + 1 < tokens.length && BLANK_GAP.test(text.slice(tokens[i].end, tokens[i + 1].start));
  const atSentenceStart = (i: number) => i === 0 || SENTENCE_END.test(text.slice(tokens[i - 1].end, tokens[i].start));

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

  // Whether the word after role word i is a name. Naming verbs ("heter") also introduce
  // projects and groups, so for an unlisted or everyday-word name the subject must be a person.
  const roleNamesNext = (i: number, candidate: string): boolean => {
    const role = tokens[i].word.toLowerCase();
    if (role === "man" && !(i > 0 && POSSESSIVES.has(tokens[i - 1].word.toLowerCase()))) return false;
    // "Tukholman kaupungilta", "Malmö office": an organisation, whatever the role before it.
    if (i + 2 < tokens.length && adjacent(i + 1) && ORGANISATION_NOUN.test(tokens[i + 2].word)) return false;
    if (isNamingWord(role)) {
      if (isUnambiguousFirstName(candidate)) return true;
      const isPerson = (j: number) =>
        j >= 0 && (PERSON_PRONOUNS.has(tokens[j].word.toLowerCase()) || (isRoleWord(tokens[j].word.toLowerCase()) && !isNamingWord(tokens[j].word.toLowerCase())));
      // "hon heter", "sonen heter", "hon som hette"; not "gruppen vi gick i hette".
      const personSubject = isPerson(i - 1) || (i > 0 && tokens[i - 1].word.toLowerCase() === "som" && isPerson(i - 2));
      return personSubject && isCapitalisedWord(candidate);
    }
    return isFirstName(candidate) || (isCapitalisedWord(candidate) && !atSentenceStart(i + 1));
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
    if (isRoleWord(lower) && i + 1 < tokens.length) {
      const gap = text.slice(tokens[i].end, tokens[i + 1].start);
      const candidate = tokens[i + 1].word;
      const blank = BLANK_GAP.test(gap);
      const apposition = APPOSITION_GAP.test(gap) && isFirstName(candidate);
      if ((blank || apposition) && CAPITALISED.test(candidate) && roleNamesNext(i, candidate)) {
        let last = extend(i + 1);
        // After a role, a capitalised word right after the name is its surname even when no
        // list knows it ("the social worker John Smith", "sosiaalityöntekijä Tiina Ojalan").
        if (last === i + 1 && adjacent(last) && isCapitalisedWord(tokens[last + 1].word) && !isRoleWord(tokens[last + 1].word.toLowerCase())) last++;
        add(i + 1, last);
        i = last;
        continue;
      }
    }
    // An English or Finnish honorific before any capitalised word: "Mrs Green", "Mr. Thompson".
    if (HONORIFICS.has(lower) && i + 1 < tokens.length && HONORIFIC_GAP.test(text.slice(tokens[i].end, tokens[i + 1].start)) && isCapitalisedWord(tokens[i + 1].word)) {
      const last = extend(i + 1);
      add(i + 1, last);
      i = last;
      continue;
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
    // (d) A listed first name capitalised in mid-sentence, where Swedish nouns are lower case:
    // "möte med Eva och Linnea". Everyday-word names need more than that, and a saint's name
    // ("Sankt Eriks gymnasium") names a place.
    if (isUnambiguousFirstName(word) && !atSentenceStart(i) && !SAINT.test(tokens[i - 1].word)) {
      const last = extend(i);
      add(i, last);
      i = last;
      continue;
    }
    // (e) At the start of a sentence only with a workplace after it: "Petra på boendet ringde",
    // or a verb: "Anna ringde från soc". A listed surname works the same in mid-sentence, unless
    // a preposition of place says it is a town: "med Lindqvist på enheten", not "i Lund på …".
    const workplaceNext = i + 2 < tokens.length && adjacent(i) &&
      WORKPLACE_LINK.has(tokens[i + 1].word) && /^\p{Ll}+(?:en|et|n)$/u.test(tokens[i + 2].word);
    const verbNext = next !== undefined && SUBJECT_VERBS.has(next) && atSentenceStart(i) && !SENTENCE_OPENING_WORDS.has(word);
    if (isUnambiguousFirstName(word) && (workplaceNext || verbNext)) {
      add(i, i);
      continue;
    }
    if (
      workplaceNext && CAPITALISED.test(word) && listed(SURNAMES, word) && !atSentenceStart(i) &&
      !PLACE_PREPOSITIONS.has(tokens[i - 1].word.toLowerCase())
    ) {
      add(i, i);
      continue;
    }
    // (a) An unlisted first name before a listed surname: "Zlatan Andersson".
    if (next && isCapitalisedWord(word) && !isRoleWord(lower) && !TITLE_WORDS.has(lower) && !HONORIFICS.has(lower) && CAPITALISED.test(next) && listed(SURNAMES, next)) {
      add(i, i + 1);
      i++;
    }
  }
  return [...findings, ...findCoordinatedNames(text, tokens, findings, isFirstName, (word) => isUnambiguousFirstName(word) && !SENTENCE_OPENING_WORDS.has(word))];
}
