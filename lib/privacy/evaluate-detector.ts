// Scores a personal-data detector against a labelled corpus (lib/privacy/corpus/sv-corpus.json).
// Pure: it knows nothing of the real detector, so the scoring arithmetic can be tested with a fake.
//
// A finding matches an expected item when the kinds are equal and the spans overlap. Each expected
// item and each finding is matched at most once. Expected spans are located by searching for the
// expected text in the sentence, consuming occurrences of the same text left to right.

export type ExpectedItem = { kind: string; text: string };
export type CorpusEntry = { text: string; expected: ExpectedItem[] };
export type DetectedSpan = { kind: string; start: number; end: number };
export type Detect = (text: string) => ReadonlyArray<DetectedSpan>;

export type KindScore = {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** TP / (TP + FP); 1 when the detector reported nothing of this kind (no false alarms). */
  precision: number;
  /** TP / (TP + FN); 1 when the corpus expects nothing of this kind. */
  recall: number;
};

export type Mistake = {
  type: "false-positive" | "false-negative";
  kind: string;
  sentence: string;
  text: string;
};

export type DetectorEvaluation = {
  /** One row per kind seen in the corpus or in the findings. */
  byKind: Record<string, KindScore>;
  /** Kinds scored together, where one kind taken for the other still counts as a hit. */
  byGroup: Record<string, KindScore>;
  mistakes: Mistake[];
};

/** personnummer and samordningsnummer are one thing to an author: an identity number. */
export const DEFAULT_GROUPS: Record<string, readonly string[]> = {
  "personnummer+samordningsnummer": ["personnummer", "samordningsnummer"],
};

type Span = { kind: string; start: number; end: number; text: string };

/** Locates each expected text in the sentence; repeated texts consume occurrences left to right. */
export function locateExpected(entry: CorpusEntry): Span[] {
  const nextFrom = new Map<string, number>();
  return entry.expected.map((item) => {
    const from = nextFrom.get(item.text) ?? 0;
    const start = entry.text.indexOf(item.text, from);
    if (start < 0 || item.text.length === 0) {
      throw new Error(`Expected text ${JSON.stringify(item.text)} not found in ${JSON.stringify(entry.text)}`);
    }
    nextFrom.set(item.text, start + item.text.length);
    return { kind: item.kind, start, end: start + item.text.length, text: item.text };
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

type Counts = { tp: number; fp: number; fn: number };

function score(c: Counts): KindScore {
  return {
    truePositives: c.tp,
    falsePositives: c.fp,
    falseNegatives: c.fn,
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  };
}

/** Matches one sentence's findings to its expected spans, kind by kind (after mapping kinds). */
function matchSentence(
  expected: Span[],
  found: Span[],
  kindOf: (kind: string) => string,
  onExpected: (span: Span, matched: boolean) => void,
  onFound: (span: Span, matched: boolean) => void,
) {
  const used = new Set<number>();
  for (const e of expected) {
    let best = -1;
    for (let i = 0; i < found.length; i++) {
      if (used.has(i) || kindOf(found[i].kind) !== kindOf(e.kind) || !overlaps(found[i], e)) continue;
      best = i;
      break;
    }
    if (best >= 0) used.add(best);
    onExpected(e, best >= 0);
  }
  found.forEach((f, i) => onFound(f, used.has(i)));
}

export function evaluateDetector(
  corpus: ReadonlyArray<CorpusEntry>,
  detect: Detect,
  groups: Record<string, readonly string[]> = DEFAULT_GROUPS,
): DetectorEvaluation {
  const kindCounts = new Map<string, Counts>();
  const groupCounts = new Map<string, Counts>(Object.keys(groups).map((g) => [g, { tp: 0, fp: 0, fn: 0 }]));
  const groupOf = new Map<string, string>();
  for (const [group, kinds] of Object.entries(groups)) for (const k of kinds) groupOf.set(k, group);
  const counts = (map: Map<string, Counts>, key: string) => {
    let c = map.get(key);
    if (!c) map.set(key, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const mistakes: Mistake[] = [];

  for (const entry of corpus) {
    const expected = locateExpected(entry);
    const found: Span[] = detect(entry.text).map((f) => ({
      kind: f.kind,
      start: f.start,
      end: f.end,
      text: entry.text.slice(f.start, f.end),
    }));

    matchSentence(
      expected,
      found,
      (k) => k,
      (e, hit) => {
        counts(kindCounts, e.kind)[hit ? "tp" : "fn"]++;
        if (!hit) mistakes.push({ type: "false-negative", kind: e.kind, sentence: entry.text, text: e.text });
      },
      (f, hit) => {
        if (hit) return;
        counts(kindCounts, f.kind).fp++;
        mistakes.push({ type: "false-positive", kind: f.kind, sentence: entry.text, text: f.text });
      },
    );

    const inGroup = (s: Span) => groupOf.has(s.kind);
    matchSentence(
      expected.filter(inGroup),
      found.filter(inGroup),
      (k) => groupOf.get(k) ?? k,
      (e, hit) => void counts(groupCounts, groupOf.get(e.kind)!)[hit ? "tp" : "fn"]++,
      (f, hit) => void (hit || counts(groupCounts, groupOf.get(f.kind)!).fp++),
    );
  }

  const byKind: Record<string, KindScore> = {};
  for (const [k, c] of kindCounts) byKind[k] = score(c);
  const byGroup: Record<string, KindScore> = {};
  for (const [g, c] of groupCounts) byGroup[g] = score(c);
  return { byKind, byGroup, mistakes };
}
