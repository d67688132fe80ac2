import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { pageKeysOf } from "@/lib/cache/content-keys";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { publishStory } from "@/lib/moderation/publish-story";
import { routes } from "@/lib/routes";
import { createStory } from "@/lib/stories/create-story";
import { eraseStoryByAuthor } from "@/lib/stories/erase-story-by-author";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { describeEachDatabase } from "@/test/db-harness";
import { LUND, MALMO } from "@/test/fixtures/organisation-fixtures";
import { waitUntilCacheServes } from "@/test/fixtures/public-cache-helpers";
import { allowSingleStepDecisions, sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { type RouteFront, startRouteFront } from "@/test/fixtures/route-front";
import { GET } from "./route";

// Each read is counted per source by a keyed hash (lib/rate-limit/refuse-over-api-limit.ts), which
// needs the server secret.
process.env.NEXTAUTH_SECRET ??= "api-read-test-secret-0123456789abcdef";

const feed = (query = "", headers: Record<string, string> = {}) => GET(new NextRequest(`http://localhost/atom.xml${query}`, { headers }));
const REPLY = "Tack för att du berättar, här är vart du kan vända dig.";

// The public Atom feeds through their route handler and through the real HTTP front with its
// page cache: published stories only, and a story that is withdrawn or erased leaves every feed
// at once, also the copies the page cache holds.
describeEachDatabase("the public Atom feeds", () => {
  let moderatorId: string;
  let tags: { id: string; slug: string }[];
  let front: RouteFront;

  const publish = async (title: string, { tagIds = [tags[0].id], municipalityCode = MALMO }: { tagIds?: string[]; municipalityCode?: string } = {}) => {
    const { storyId, receiptToken } = await createStory({ title, body: sampleBody, tagIds, municipalityCode, authorRole: "KLIENT" });
    await publishStory({ storyId, moderatorId, title, body: sampleBody, tagIds, version: 1, reply: { body: REPLY, templateId: null } });
    return { storyId, receiptToken };
  };

  beforeAll(async () => {
    tags = (await seedTagsAndTemplates()).tags;
    moderatorId = (await seedModerator("Moderatorn Mona")).id;
    await allowSingleStepDecisions();
    front = await startRouteFront({ routes: { "/atom.xml": GET } });
  });
  afterAll(() => front.close());
  beforeEach(() => waitUntilCacheServes());

  it("lists a published story in each feed that names it, with absolute links, and nothing of its author or moderation", async () => {
    const { storyId } = await publish("Ett möte på socialkontoret");
    await createStory({ title: "Fortfarande i kön", body: sampleBody, tagIds: [tags[0].id], municipalityCode: MALMO, authorRole: "KLIENT" });
    const link = absoluteUrl(routes.story(storyId));
    for (const query of ["", `?tagg=${tags[0].slug}`, "?kommun=malmo", `?kommun=${MALMO}`, `?tagg=${tags[0].slug}&kommun=malmo`]) {
      const response = await feed(query);
      expect(response.status, query).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
      const xml = await response.text();
      expect(xml).toMatch(/^<\?xml[^>]*>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      expect(xml, query).toContain("Ett möte på socialkontoret");
      expect(xml).toContain(`<link href="${link}"`);
      expect(xml).toContain(`href="${absoluteUrl(routes.feed({}))}`.slice(0, -1));
      expect(xml).not.toContain("Fortfarande i kön");
      for (const hidden of ["KLIENT", "Moderatorn Mona", REPLY, "kvitto"]) expect(xml, hidden).not.toContain(hidden);
    }
    const elsewhere = await (await feed("?kommun=lund")).text();
    expect(elsewhere).not.toContain("Ett möte på socialkontoret");
    expect(await (await feed(`?tagg=${tags[1].slug}`)).text()).not.toContain("Ett möte på socialkontoret");
  });

  it("answers an unchanged feed with 304, and a changed one with a new ETag", async () => {
    const first = await feed("?kommun=lund");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/".+"$/);
    const unchanged = await feed("?kommun=lund", { "If-None-Match": etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    await publish("En berättelse från Lund", { municipalityCode: LUND });
    const changed = await feed("?kommun=lund", { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("drops a withdrawn and an erased story from every feed at once, also from the page cache's copies", async () => {
    const withdrawn = await publish("Snart tillbakadragen", { tagIds: [tags[0].id, tags[1].id] });
    const erased = await publish("Snart raderad", { tagIds: [tags[1].id] });
    const addresses = ["/atom.xml", `/atom.xml?tagg=${tags[0].slug}`, `/atom.xml?tagg=${tags[1].slug}`, "/atom.xml?kommun=malmo", `/atom.xml?kommun=${MALMO}`];
    const read = async (address: string) => {
      const response = await fetch(`${front.url}${address}`);
      expect(response.status, address).toBe(200);
      return response.text();
    };
    for (const address of addresses) {
      expect(await read(address)).toContain("Snart tillbakadragen");
    }
    // Asked again, every feed comes from the page cache: nothing is rendered.
    const rendered = front.renders.length;
    for (const address of addresses) await read(address);
    expect(front.renders.length, "the feeds were not kept by the page cache").toBe(rendered);

    await withdrawStory({ token: withdrawn.receiptToken });
    await eraseStoryByAuthor({ token: erased.receiptToken });
    for (const address of addresses) {
      const xml = await read(address);
      expect(xml, address).not.toContain("Snart tillbakadragen");
      expect(xml, address).not.toContain("Snart raderad");
    }
  });

  it("keys each feed by the lists it shows", () => {
    const keysOf = (query: string) => pageKeysOf("/atom.xml", new URLSearchParams(query)).sort();
    expect(keysOf("")).toEqual(["list:all", "organisations", "tags"]);
    expect(keysOf("tagg=bemotande")).toEqual(["list:tag:bemotande", "organisations", "tags"]);
    // A municipality may be written many ways: its feed is keyed as the whole list.
    expect(keysOf("kommun=1280")).toContain("list:all");
  });

  it("answers a theme or municipality that does not exist with 404, and a malformed one with 400, in Swedish", async () => {
    for (const query of ["?tagg=finns-inte", "?kommun=atlantis", "?kommun=9999"]) {
      const response = await feed(query);
      expect(response.status, query).toBe(404);
      expect(((await response.json()) as { error: { code: string; message: string } }).error.code).toBe("NOT_FOUND");
    }
    const malformed = await feed("?tagg=%C3%85%C3%84%C3%96");
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { fields: Record<string, string> } }).error.fields.tagg).toMatch(/[a-zåäö]/);
  });
});
