import type { Random } from "./random";
import { municipalityWeights, weightedMunicipalityCodes } from "./municipality-weights";
import { closings, commentPhrases, openings, rejectionReasons, replyPhrases, themePhrases } from "./phrase-bank";

export type BulkStatus = "PUBLISHED" | "PENDING" | "REJECTED" | "WITHDRAWN";
const roles = ["KLIENT", "ANHORIG", "PERSONAL", "ANNAN"] as const;
const DAY_MS = 24 * 60 * 60 * 1000;
const titleEndings = [" – så gick det", " efter flera år", " i en mindre kommun", " i storstaden", " som anhörig", " på gott och ont", ", en erfarenhet", " och vad jag lärde mig"];

export type BulkStory = {
  status: BulkStatus;
  title: string;
  body: string;
  keepOriginal: boolean;
  tagSlugs: string[];
  municipalityCode: string | null;
  authorRole: (typeof roles)[number] | null;
  createdAt: Date;
  publishedAt: Date | null;
  decidedAt: Date | null;
  withdrawnAt: Date | null;
  rejectionReason: string | null;
  reply: { body: string; templateIndex: number | null } | null;
  comments: { body: string; byStoryAuthor: boolean; status: "APPROVED" | "PENDING" | "REJECTED"; createdAt: Date }[];
};

export type MakeBulkStoryOptions = {
  random: Random;
  status: BulkStatus;
  now: Date;
  // Stories span this many days back from now.
  spanDays: number;
  // Published stories older than this have had their original text erased by retention.
  originalTextDays: number;
  keepOriginals: boolean;
};

// Paragraphs of 2-6 sentences: mostly from the first theme, some general, so a body reads like
// one account. The paragraph count is skewed so most stories are short and a few are long.
function makeBody(random: Random, slugs: string[]): string {
  const paragraphs = 1 + Math.floor(random.next() ** 2 * 7);
  const out: string[] = [];
  // Each sentence once per story while the themes have unused ones left.
  const unused = new Map(slugs.map((slug) => [slug, random.sample(themePhrases[slug].sentences, 99)]));
  const next = (slug: string) => unused.get(slug)!.pop() ?? random.pick(themePhrases[slug].sentences);
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    if (p === 0) sentences.push(random.pick(openings));
    const count = random.int(2, 6);
    for (let s = 0; s < count; s++) sentences.push(next(random.chance(0.75) ? slugs[0] : random.pick(slugs)));
    if (p === paragraphs - 1) sentences.push(random.pick(closings));
    out.push(sentences.join(" "));
  }
  return out.join("\n\n");
}

export function makeBulkStory({ random, status, now, spanDays, originalTextDays, keepOriginals }: MakeBulkStoryOptions): BulkStory {
  const allSlugs = Object.keys(themePhrases);
  const tagSlugs = random.sample(allSlugs, random.weighted([1, 2, 3], [5, 4, 1]));
  const title = random.pick(themePhrases[tagSlugs[0]].titles) + (random.chance(0.6) ? random.pick(titleEndings) : "");
  const body = makeBody(random, tagSlugs);
  const ageDays = status === "PENDING" ? random.next() * 10 : random.next() * spanDays;
  const createdAt = new Date(now.getTime() - ageDays * DAY_MS);
  const decided = new Date(createdAt.getTime() + random.next() * 3 * DAY_MS);
  const decidedAt = status === "PENDING" ? null : new Date(Math.min(decided.getTime(), now.getTime()));
  const publishedAt = status === "PUBLISHED" || (status === "WITHDRAWN" && random.chance(0.5)) ? decidedAt : null;
  const withdrawnAt = status === "WITHDRAWN" ? new Date(Math.min(decidedAt!.getTime() + random.next() * 20 * DAY_MS, now.getTime())) : null;
  const keepOriginal = keepOriginals || status !== "PUBLISHED" || now.getTime() - publishedAt!.getTime() < originalTextDays * DAY_MS;
  const reply = publishedAt && random.chance(0.4) ? { body: random.pick(replyPhrases), templateIndex: random.chance(0.7) ? random.int(0, 4) : null } : null;
  const commentCount = publishedAt && random.chance(0.35) ? random.int(1, 4) : 0;
  const comments = Array.from({ length: commentCount }, () => ({
    body: random.pick(commentPhrases),
    byStoryAuthor: random.chance(0.1),
    status: random.weighted(["APPROVED", "PENDING", "REJECTED"] as const, [90, 6, 4]),
    createdAt: new Date(Math.min(publishedAt!.getTime() + random.next() * 30 * DAY_MS, now.getTime())),
  }));
  return {
    status,
    title,
    body,
    keepOriginal,
    tagSlugs,
    municipalityCode: random.chance(0.9) ? random.weighted(weightedMunicipalityCodes, municipalityWeights) : null,
    authorRole: random.chance(0.85) ? random.pick(roles) : null,
    createdAt,
    publishedAt,
    decidedAt,
    withdrawnAt,
    rejectionReason: status === "REJECTED" ? random.pick(rejectionReasons) : null,
    reply,
    comments,
  };
}
