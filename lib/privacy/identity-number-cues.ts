// Words around a number that say what it is. A personnummer written with one wrong digit still
// tells the birth date and nine of ten digits, so near a word that calls it an identity number a
// date-valid shape is replaced whatever its check digit. A reference number (OCR, order, invoice)
// can start with a valid date just as well, and the word in front of it says so.
//
// Matched against the detector's normalised text (no invisible characters, NFKC), lower-cased,
// word by word, so "person\u200Bnummer", "ＰＮＲ" and "Personnumret" all count.

// Words are letters and digits, joined by "-", "." or ":" inside ("person-nr", "pers.nr").
const WORD = /[\p{L}\p{N}]+(?:[-.:][\p{L}\p{N}]+)*/gu;

// Swedish, Finnish and English words for an identity number, a birth date or being born.
const IDENTITY_CUE = new RegExp(
  "^(?:" +
    [
      "personnum\\p{L}*", "personnr\\p{L}*", "pnr", "p-nr", "person-nr", "person-nummer\\p{L}*", "pers\\.nr",
      "samordningsnum\\p{L}*", "samordningsnr", "id-num\\p{L}*", "id-nr", "legitimation\\p{L}*",
      "född", "födda", "föddes", "födelse\\p{L}*",
      "henkilötun\\p{L}*", "hetu\\p{L}*", "sotu\\p{L}*", "syntyn\\p{L}*", "syntyi", "syntymä\\p{L}*",
      "identity", "identification", "birth", "born", "dob", "ssn",
    ].join("|") +
    ")$",
  "u",
);

// Cues of two words, where the first alone means nothing: "personal number", "ID number",
// "coordination number".
const FIRST_OF_PAIR = /^(?:personal|id|coordination|social)$/u;
const SECOND_OF_PAIR = /^(?:number|no|nr|identity|id|code|security)$/u;

// What a reference number is called, in the three languages: it is left alone.
const REFERENCE_CUE = new RegExp(
  "^(?:" +
    [
      "ocr\\p{L}*", "ocr-\\p{L}+", "order\\p{L}*", "order-\\p{L}+", "faktura\\p{L}*", "faktura-\\p{L}+",
      "invoice\\p{L}*", "referens\\p{L}*", "ref", "reference\\p{L}*", "kund\\p{L}*", "kund-\\p{L}+",
      "konto\\p{L}*", "account", "bankgiro\\p{L}*", "plusgiro\\p{L}*", "bg", "pg", "iban", "clearing\\p{L}*",
      "artikel\\p{L}*", "serie\\p{L}*", "serial", "tracking", "kolli\\p{L}*", "sändning\\p{L}*",
      "kvitto\\p{L}*", "receipt", "booking", "bokning\\p{L}*", "avtal\\p{L}*", "contract", "policy",
      "transaktion\\p{L}*", "transaction", "lasku\\p{L}*", "viite\\p{L}*", "tilaus\\p{L}*", "asiakas\\p{L}*",
    ].join("|") +
    ")$",
  "u",
);

// How far a cue may stand: the words of a short clause on either side.
const WORDS_BEFORE = 5;
const WORDS_AFTER = 4;
const CHARACTERS_BEFORE = 60;
const CHARACTERS_AFTER = 40;

type Verdict = "identity" | "reference" | null;

function verdict(words: string[], k: number, forward: boolean): Verdict {
  const word = words[k];
  if (REFERENCE_CUE.test(word)) return "reference";
  if (IDENTITY_CUE.test(word)) return "identity";
  // The pair in reading order, whichever way we walk.
  const [first, second] = forward ? [word, words[k + 1]] : [words[k - 1], word];
  if (first !== undefined && second !== undefined && FIRST_OF_PAIR.test(first) && SECOND_OF_PAIR.test(second)) return "identity";
  return null;
}

// The nearest word that says what the number is decides: "OCR-nummer 8807141235, inte mitt
// personnummer" is a reference, "personnummer, inte ordernumret, 19850312-2384" is not worth the
// guess and counts as a reference too. Words before the number are read first, as that is where
// a label stands; after it only when nothing before says anything.
export function hasIdentityCue(text: string, start: number, end: number): boolean {
  const before = [...text.slice(Math.max(0, start - CHARACTERS_BEFORE), start).toLowerCase().matchAll(WORD)].map((m) => m[0]);
  // A word cut by the window's edge is not a word.
  if (start > CHARACTERS_BEFORE && before.length > 0) before.shift();
  const nearBefore = before.slice(-WORDS_BEFORE);
  for (let k = nearBefore.length - 1; k >= 0; k--) {
    const v = verdict(nearBefore, k, false);
    if (v) return v === "identity";
  }
  const after = [...text.slice(end, end + CHARACTERS_AFTER).toLowerCase().matchAll(WORD)].map((m) => m[0]).slice(0, WORDS_AFTER);
  for (let k = 0; k < after.length; k++) {
    const v = verdict(after, k, true);
    if (v) return v === "identity";
  }
  return false;
}
