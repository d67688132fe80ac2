import { NextRequest } from "next/server";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { waitUntilCacheServes } from "@/test/fixtures/public-cache-helpers";
import { publishStory } from "@/lib/moderation/publish-story";
import { sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { createStory } from "@/lib/stories/create-story";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { updateTag } from "@/lib/tags/update-tag";
import { describeEachDatabase } from "@/test/db-harness";
import { GET as getStory } from "./stories/[id]/route";
import { GET as listStories } from "./stories/route";
import { GET as listTags } from "./tags/route";

// Each read is counted per source by a keyed hash (lib/rate-limit/refuse-over-api-limit.ts), which
// needs the server secret.
process.env.NEXTAUTH_SECRET ??= "api-read-test-secret-0123456789abcdef";

const get = (path: string, etag?: string) => new NextRequest(`http://localhost${path}`, { headers: etag ? { "If-None-Match": etag } : {} });
const one = (id: string, etag?: string) => getStory(get(`/api/v1/stories/${id}`, etag), { params: Promise.resolve({ id }) });

describeEachDatabase("conditional API reads", () => {
  let storyId: string;
  let token: string;
  let tagId: string;
  let moderatorId: string;
  beforeAll(async () => {
    tagId = (await seedTagsAndTemplates()).tags[0].id;
    moderatorId = (await seedModerator()).id;
    const sent = await createStory({ title: "Ett beslut om bistånd", body: sampleBody, tagIds: [tagId], municipalityCode: null, authorRole: null });
    ({ storyId } = sent);
    token = sent.receiptToken;
    await publishStory({ storyId, moderatorId, title: "Ett beslut om bistånd", body: sampleBody, tagIds: [tagId], reply: { body: "Tack.", templateId: null } });
  });
  beforeEach(() => waitUntilCacheServes());

  it("answers a matching If-None-Match with 304 and no body, and anything else with the full answer", async () => {
    for (const read of [() => listStories(get("/api/v1/stories")), () => one(storyId), () => listTags(get("/api/v1/tags"))]) {
      const first = await read();
      const etag = first.headers.get("etag")!;
      expect(etag).toMatch(/^W\/".+"$/);
      expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
      expect(first.status).toBe(200);
      expect(await first.json()).toBeTruthy();
    }
    const list = await listStories(get("/api/v1/stories"));
    const etag = list.headers.get("etag")!;
    const unchanged = await listStories(get("/api/v1/stories", etag));
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    expect(unchanged.headers.get("etag")).toBe(etag);
    expect(unchanged.headers.get("access-control-allow-origin")).toBe("*");
    expect((await listStories(get("/api/v1/stories", 'W/"annat"'))).status).toBe(200);
    // Another page is another answer.
    expect((await listStories(get("/api/v1/stories?page=2", etag))).status).toBe(200);
  });

  it("gives a changed answer a new tag: a renamed theme, then a withdrawn story's 404", async () => {
    const tagsBefore = (await listTags(get("/api/v1/tags"))).headers.get("etag")!;
    const listBefore = (await listStories(get("/api/v1/stories"))).headers.get("etag")!;
    const storyBefore = (await one(storyId)).headers.get("etag")!;
    expect((await one(storyId, storyBefore)).status).toBe(304);

    await updateTag({ tagId, name: "Nytt temanamn", description: "", moderatorId });
    const renamed = await listTags(get("/api/v1/tags", tagsBefore));
    expect(renamed.status).toBe(200);
    expect(renamed.headers.get("etag")).not.toBe(tagsBefore);

    await withdrawStory({ token });
    const list = await listStories(get("/api/v1/stories", listBefore));
    expect(list.status).toBe(200);
    expect(((await list.json()) as { stories: unknown[] }).stories).toEqual([]);
    expect((await one(storyId, storyBefore)).status).toBe(404);
  });
});
