// The municipality page is kept in the page cache under the keys pageKeysOf gives its address.
// A published answer (or change mark) names its story's keys, as applyAnswerPublication in
// lib/answers/publish-answer.ts does; the page of the story's municipality must be retired by
// it, and another municipality's page must not.
import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { findMunicipalityBySlug } from "@/lib/municipalities";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { LUND, MALMO, seedOrganisation } from "@/test/fixtures/organisation-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { waitUntilCacheServes } from "@/test/fixtures/public-cache-helpers";
import { pageKeysOf, loadStoryKeys } from "./content-keys";
import { KeyGenerations } from "./key-generations";
import { markTouched, publicContentTransaction } from "./public-change";
import { publicCacheOf } from "./public-cache";

const noQuery = new URLSearchParams();
// What lib/server/http-front.ts hands the page cache.
const codeOfSlug = (slug: string) => findMunicipalityBySlug(slug)?.code;

async function answeredStory(municipalityCode: string, organisationId: string) {
  const story = await db.story.create({
    data: { status: "PUBLISHED", title: "En berättelse", body: "Text", municipalityCode, receiptTokenHash: createReceiptToken().tokenHash, publishedAt: new Date() },
  });
  const answer = await db.answer.create({ data: { storyId: story.id, organisationId, body: "Tack för att du berättar." } });
  return { storyId: story.id, answerId: answer.id };
}

// Publishes the answer the way a publication does, and returns the keys the change retired.
async function publish({ storyId, answerId }: { storyId: string; answerId: string }): Promise<string[]> {
  const retired: string[] = [];
  const stop = publicCacheOf().observe((keys) => retired.push(...keys));
  try {
    await publicContentTransaction(async (tx) => {
      await tx.answer.update({ where: { id: answerId }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      markTouched(tx, await loadStoryKeys(tx, storyId));
    });
  } finally {
    stop();
  }
  return retired;
}

describeEachDatabase("the municipality page in the page cache", () => {
  it("is retired by an answer published on one of its stories, and kept by one elsewhere", async () => {
    await waitUntilCacheServes();
    const organisation = await seedOrganisation({ municipalityCodes: [MALMO, LUND] });
    const generations = new KeyGenerations();
    const malmoPage = generations.snapshot(pageKeysOf("/kommun/malmo", noQuery, codeOfSlug));
    const pagedMalmoPage = generations.snapshot(pageKeysOf("/kommun/malmo/", new URLSearchParams("sida=2"), codeOfSlug));

    generations.retire(await publish(await answeredStory(LUND, organisation.id)));
    expect(generations.isCurrent(malmoPage), "a Lund answer retired the Malmö page").toBe(true);

    generations.retire(await publish(await answeredStory(MALMO, organisation.id)));
    expect(generations.isCurrent(malmoPage), "a Malmö answer left the Malmö page").toBe(false);
    expect(generations.isCurrent(pagedMalmoPage)).toBe(false);
  });

  it("is keyed by its municipality's list, the organisations and the themes", () => {
    expect(pageKeysOf("/kommun/malmo", noQuery, codeOfSlug).sort()).toEqual(["facts", "list:kommun:1280", "organisations", "tags"]);
    expect(pageKeysOf("/kommun/finns-inte", noQuery, codeOfSlug)).toEqual(["*"]);
    expect(pageKeysOf("/kommun/%E0%A4%A", noQuery, codeOfSlug)).toEqual(["*"]);
    expect(pageKeysOf("/kommun/malmo", noQuery)).toEqual(["*"]);
  });
});
