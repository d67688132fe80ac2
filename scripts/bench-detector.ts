// `npm run bench:detector`: precision and recall of the personal-data detector per kind, measured
// on the labelled corpus in lib/privacy/corpus/sv-corpus.json, against the targets of issue 3.
// A report, not a gate: it always exits 0. `--mistakes` lists every miss and false alarm.
import corpusJson from "../lib/privacy/corpus/sv-corpus.json";
import { detectPersonalData } from "../lib/privacy/detect-personal-data";
import { type CorpusEntry, type KindScore, evaluateDetector } from "../lib/privacy/evaluate-detector";

const corpus = corpusJson as CorpusEntry[];
const showMistakes = process.argv.includes("--mistakes");

// Issue 3: recall ≥ 0.98 for personnummer, phone and e-mail; ≥ 0.90 for names and addresses;
// precision ≥ 0.90 for every kind.
const RECALL_TARGETS: Record<string, number> = {
  personnummer: 0.98,
  samordningsnummer: 0.98,
  "personnummer+samordningsnummer": 0.98,
  phone: 0.98,
  email: 0.98,
  name: 0.9,
  address: 0.9,
  postcode: 0.9,
};
const PRECISION_TARGET = 0.9;
const ORDER = ["personnummer", "samordningsnummer", "personnummer+samordningsnummer", "phone", "email", "address", "postcode", "case-number", "date", "name"];

// Warm up once, so the timing below is of steady-state detection, not of module start-up.
for (const e of corpus.slice(0, 20)) detectPersonalData(e.text);

const rounds = 5;
const t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const e of corpus) detectPersonalData(e.text);
const msPerSentence = Number(process.hrtime.bigint() - t0) / 1e6 / (rounds * corpus.length);

const { byKind, byGroup, mistakes } = evaluateDetector(corpus, detectPersonalData);
const rows: Record<string, KindScore> = { ...byKind, ...byGroup };
const names = [...ORDER.filter((k) => rows[k]), ...Object.keys(rows).filter((k) => !ORDER.includes(k)).sort()];

const pct = (x: number) => x.toFixed(3);
const header = ["kind", "n", "TP", "FP", "FN", "precision", "recall", "targets", "result"];
const table = names.map((k) => {
  const s = rows[k];
  const recallTarget = RECALL_TARGETS[k];
  const pass = s.precision >= PRECISION_TARGET && (recallTarget === undefined || s.recall >= recallTarget);
  return [
    k,
    String(s.truePositives + s.falseNegatives),
    String(s.truePositives),
    String(s.falsePositives),
    String(s.falseNegatives),
    pct(s.precision),
    pct(s.recall),
    `P≥${PRECISION_TARGET}` + (recallTarget === undefined ? "" : ` R≥${recallTarget}`),
    pass ? "PASS" : "FAIL",
  ];
});
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");

const negatives = corpus.filter((e) => e.expected.length === 0).length;
console.log(`Personal-data detector on ${corpus.length} sentences (${negatives} without personal data)\n`);
console.log(line(header));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const r of table) console.log(line(r));
const failed = table.filter((r) => r[8] === "FAIL").map((r) => r[0]);
console.log(`\n${failed.length === 0 ? "All targets met." : `Below target: ${failed.join(", ")}.`}`);
console.log(`Time: ${(msPerSentence * 1000).toFixed(1)} µs per sentence (mean of ${rounds} passes).`);

if (showMistakes) {
  console.log("\nMistakes:");
  for (const m of mistakes) console.log(`  ${m.type === "false-negative" ? "missed" : "false alarm"} ${m.kind}: ${JSON.stringify(m.text)} in ${JSON.stringify(m.sentence)}`);
} else if (mistakes.length > 0) {
  console.log(`${mistakes.length} mistakes; run with --mistakes to list them.`);
}
