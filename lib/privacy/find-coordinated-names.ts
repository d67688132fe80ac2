import { NAME_JOINERS } from "./name-context";
import type { Finding } from "./types";

type Token = { word: string; start: number; end: number };

const BLANK = /^[ \t\u00a0]+$/;

// Marks each token that lies inside one of the findings, in one sweep over both sorted lists,
// so a long text full of names stays linear.
function coveredTokens(tokens: readonly Token[], named: readonly Finding[]): boolean[] {
  const spans = [...named].sort((a, b) => a.start - b.start);
  const covered: boolean[] = [];
  let s = 0;
  for (const token of tokens) {
    while (s < spans.length && spans[s].end <= token.start) s++;
    covered.push(s < spans.length && spans[s].start <= token.start && token.end <= spans[s].end);
  }
  return covered;
}

// "Ella och Liam", "Omar och Vera kom": when one side of "och" is a name already, or a listed
// first name that is no everyday word, a listed first name on the other side is one too, even
// when it is also an everyday word ("Ella", "Vera") or opens the sentence, where capitals say
// nothing. Two everyday-word names ("Liv och Saga") stay words. Only blanks may separate the
// three words, so "Liam. Och Vera" is left alone.
export function findCoordinatedNames(
  text: string,
  tokens: readonly Token[],
  named: readonly Finding[],
  isFirstName: (word: string) => boolean,
  isUnambiguousFirstName: (word: string) => boolean,
): Finding[] {
  const covered = coveredTokens(tokens, named);
  const blankBetween = (a: Token, b: Token) => BLANK.test(text.slice(a.end, b.start));
  const found: Finding[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const joiner = tokens[i + 1];
    if (!NAME_JOINERS.has(joiner.word) || !blankBetween(tokens[i], joiner) || !blankBetween(joiner, tokens[i + 2])) continue;
    // The left side is tried again last, so a right side named just now can vouch for it.
    for (const [candidate, partner] of [[i, i + 2], [i + 2, i], [i, i + 2]]) {
      const partnerIsName = covered[partner] || isUnambiguousFirstName(tokens[partner].word);
      if (covered[candidate] || !partnerIsName || !isFirstName(tokens[candidate].word)) continue;
      const { word, start, end } = tokens[candidate];
      covered[candidate] = true;
      found.push({ kind: "name", start, end, text: word, replacement: "[namn]" });
    }
  }
  return found;
}
