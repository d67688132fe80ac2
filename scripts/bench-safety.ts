// `npm run bench:safety`: precision and recall of assessSafety per flag on the labelled corpus in
// lib/safety/corpus/sv-safety-corpus.json, and the time per sentence. A report, not a gate: the
// floors are held by lib/safety/corpus/corpus.test.ts. `--mistakes` lists every miss and false alarm.
import corpusJson from "../lib/safety/corpus/sv-safety-corpus.json";
import { assessSafety } from "../lib/safety/assess-safety";
import { type SafetyCorpusEntry, evaluateSafety } from "../lib/safety/evaluate-safety";

const corpus = corpusJson as SafetyCorpusEntry[];
const assess = (text: string) => assessSafety({ title: "", body: text }).flags;

for (const entry of corpus.slice(0, 20)) assess(entry.text);
const rounds = 20;
const t0 = process.hrtime.bigint();
for (let round = 0; round < rounds; round++) for (const entry of corpus) assess(entry.text);
const msPerSentence = Number(process.hrtime.bigint() - t0) / 1e6 / (rounds * corpus.length);

const { byFlag, mistakes } = evaluateSafety(corpus, assess);
console.log(`safety corpus: ${corpus.length} sentences, ${corpus.filter((e) => e.flags.length === 0).length} without a flag`);
console.log(["flag".padEnd(14), "TP", "FP", "FN", "precision", "recall"].join("\t"));
for (const [flag, score] of Object.entries(byFlag)) {
  const { truePositives, falsePositives, falseNegatives, precision, recall } = score;
  console.log([flag.padEnd(14), truePositives, falsePositives, falseNegatives, precision.toFixed(3), recall.toFixed(3)].join("\t"));
}
console.log(`${msPerSentence.toFixed(3)} ms per sentence`);
if (process.argv.includes("--mistakes")) for (const mistake of mistakes) console.log(`${mistake.type} ${mistake.flag}: ${mistake.text}`);
