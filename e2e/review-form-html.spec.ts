import { expect, test } from "@playwright/test";
import { listThemes, sendStory, storyActionId } from "@/scripts/lib/send-story";
import { adminStatePath } from "./support/admin-page";
import { documentationAddress, sampleStoryBody } from "./support/author";

// The review form's theme boxes are drawn by the server before React takes over. If the HTML
// showed them unchecked, a moderator who clicks "Spara" or "Publicera" before hydration would
// see, and could save, a story without its themes. The server's HTML is what is checked here,
// so no browser is needed.
test("[moderator] the review form's theme boxes are checked in the server's HTML", { tag: "@api" }, async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL!;
  const themes = (await listThemes(baseURL)).slice(0, 2);
  expect(themes).toHaveLength(2);
  const marker = `teman${Date.now().toString(36)}`;
  const title = `Om väntan på beslut ${marker}`;
  const outcome = await sendStory({
    baseUrl: baseURL,
    actionId: storyActionId(),
    story: { title, body: sampleStoryBody, tagIds: themes.map((theme) => theme.id) },
    headers: { "X-Forwarded-For": documentationAddress() },
  });
  expect(outcome).toMatchObject({ kind: "receipt" });

  const moderator = await playwright.request.newContext({ baseURL, storageState: adminStatePath(baseURL) });
  const queueResponse = await moderator.get("/mod");
  const queue = await queueResponse.text();
  const at = queue.indexOf(marker);
  expect(at, `the new story in the queue (${queueResponse.url()}, ${queueResponse.status()})`).toBeGreaterThan(-1);
  const link = /href="(\/mod\/berattelser\/[^"]+)"/.exec(queue.slice(at));
  expect(link, "a link to the story's review page").not.toBeNull();
  const response = await moderator.get(link![1]);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const boxes = [...html.matchAll(/<input\b[^>]*type="checkbox"[^>]*>/g)].map(([tag]) => tag).filter((tag) => /name="tagIds"/.test(tag));
  expect(boxes.length).toBeGreaterThan(2);
  const checked = boxes.filter((tag) => /\schecked(?=[\s=/>])/.test(tag)).map((tag) => /value="([^"]*)"/.exec(tag)![1]);
  expect(checked.sort()).toEqual(themes.map((theme) => theme.id).sort());
  await moderator.dispose();
});
