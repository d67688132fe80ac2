import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { PUBLIC_CHANGE_CHANNEL } from "@/lib/cache/listen-for-public-changes";
import { type AppServer, startAppServer } from "@/scripts/lib/app-server";
import { listTagIds, sendStory, storyActionId } from "@/scripts/lib/send-story";
import { documentationAddress } from "./support/author";
import { logIn } from "./support/moderator";

// Two app instances on one PostgreSQL database: the project's own server (A) and a second
// production server started here (B). Every instance keeps what readers see in memory; a story
// withdrawn through A must be gone from B's pages, list and API within a second, which only
// PostgreSQL's NOTIFY, reaching B's listener, can achieve (B's cache would otherwise keep the
// story for up to a minute). The withdrawal names only its own story's keys, so another story's
// page stays kept on B.

test("[author] a story withdrawn through one instance is gone from the other's pages and API within a second", { tag: "@postgres" }, async ({ page, request, baseURL }, testInfo) => {
  test.skip(testInfo.project.name !== "postgres", "several instances share a database only on PostgreSQL");
  test.setTimeout(300_000);
  const databaseUrl = fs.readFileSync(path.join(__dirname, "..", ".e2e", "postgres", "database-url"), "utf8").trim();
  const port = Number(process.env.E2E_PORT ?? 3200) + 6;
  const dataDir = path.join(__dirname, "..", ".e2e", "two-instances-b");
  fs.rmSync(dataDir, { recursive: true, force: true });
  let b: AppServer | undefined;
  let admin: pg.Client | undefined;
  let restore: { id: string; title: string } | undefined;
  try {
    b = await startAppServer({
      port,
      env: { DATABASE_URL: databaseUrl, DATA_DIR: dataDir, SEED_DEMO_CONTENT: "false", TRUST_PROXY: "true", NEXTAUTH_URL: `http://127.0.0.1:${port}` },
    });
    const a = baseURL!;

    // An author sends a story to A, and a moderator publishes it there.
    const title = `Två instanser ${Date.now().toString(36)}`;
    const tagIds = await listTagIds(a);
    const sent = await sendStory({
      baseUrl: a,
      actionId: storyActionId(),
      story: { title, body: `${"Jag fick vänta länge på ett beslut från socialtjänsten och förstod inte varför. ".repeat(3)}Till slut kom det.`, tagIds: [tagIds[0]] },
      headers: { "X-Forwarded-For": documentationAddress() },
    });
    if (sent.kind !== "receipt") throw new Error(`the story was not stored: ${JSON.stringify(sent)}`);
    const moderator = await page.context().browser()!.newContext();
    const mod = await moderator.newPage();
    await logIn(mod);
    await mod.getByRole("link", { name: title }).click();
    await mod.getByLabel("Svarstext").fill("Tack för att du berättar. Vänliga hälsningar, moderatorerna");
    await mod.getByRole("button", { name: "Publicera med svar" }).click();
    await mod.getByRole("dialog", { name: "Publicera berättelsen?" }).getByRole("button", { name: "Ja, publicera" }).click();
    await expect(mod).toHaveURL(/\/mod\?klart=publicerad$/);
    await moderator.close();

    // B shows it, and has it in its cache: every address is read twice.
    let storyId = "";
    await expect
      .poll(async () => {
        const { stories } = (await (await request.get(`${b!.url}/api/v1/stories`)).json()) as { stories: { id: string; title: string }[] };
        storyId = stories.find((story) => story.title === title)?.id ?? "";
        return storyId;
      }, { timeout: 5_000 })
      .not.toBe("");
    const onB = [`/berattelser/${storyId}`, "/berattelser", "/", "/api/v1/stories", `/api/v1/stories/${storyId}`].map((address) => `${b!.url}${address}`);
    const etag = (await request.get(`${b.url}/api/v1/stories/${storyId}`)).headers().etag;
    for (const address of [...onB, ...onB]) {
      const response = await request.get(address);
      expect(response.status(), address).toBe(200);
      expect(await response.text(), address).toContain(title);
    }
    expect((await request.get(`${b.url}/api/v1/stories/${storyId}`, { headers: { "If-None-Match": etag } })).status()).toBe(304);
    const search = await request.get(`${b.url}/api/v1/search?q=${encodeURIComponent(title)}`);
    const searchAddresses = search.status() === 404 ? [] : [`${b.url}/api/v1/search?q=${encodeURIComponent(title)}`, `${b.url}/sok?q=${encodeURIComponent(title)}`];
    for (const address of searchAddresses) expect(await (await request.get(address)).text(), address).toContain(storyId);

    // Another published story's page, kept on B. Its title is then changed in the database past
    // the domain functions, so no change announces it: B shows the new title only if it renders
    // the page again.
    const { stories: published } = (await (await request.get(`${b.url}/api/v1/stories`)).json()) as { stories: { id: string; title: string }[] };
    const other = published.find((story) => story.id !== storyId);
    if (!other) throw new Error("no other published story to keep");
    for (let i = 0; i < 2; i += 1) expect((await request.get(`${b.url}/berattelser/${other.id}`)).status()).toBe(200);
    admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    restore = { id: other.id, title: other.title };
    await admin.query(`UPDATE "Story" SET title = $1 WHERE id = $2`, [`${other.title} (ändrad bakom cachen)`, other.id]);

    // The author withdraws it through A.
    await page.goto(`${a}/kvitto/${sent.token}`);
    await page.getByRole("link", { name: "Dra tillbaka berättelsen" }).click();
    await page.getByRole("button", { name: "Ja, dra tillbaka berättelsen" }).click();
    await expect(page.getByRole("status")).toHaveText("Berättelsen är tillbakadragen. Den visas inte längre för någon.");
    const withdrawnAt = Date.now();

    // Gone from every address on B within a second. The search page repeats the query (the
    // title) in its field and heading, so there the story counts as shown while its id is.
    const stillShowing = async () => {
      const showing: string[] = [];
      for (const address of [...onB, ...searchAddresses]) {
        const text = await (await request.get(address)).text();
        if (text.includes(searchAddresses.includes(address) ? storyId : title)) showing.push(address);
      }
      return showing;
    };
    let showing = await stillShowing();
    while (showing.length > 0 && Date.now() - withdrawnAt < 1_000) showing = await stillShowing();
    expect(showing, `still on B ${Date.now() - withdrawnAt} ms after the withdrawal`).toEqual([]);
    expect((await request.get(`${b.url}/berattelser/${storyId}`)).status()).toBe(404);
    // A client revalidating its copy is told the story is gone, not that its copy is current.
    expect((await request.get(`${b.url}/api/v1/stories/${storyId}`, { headers: { "If-None-Match": etag } })).status()).toBe(404);

    // The other story's page on B is built from what B kept before the withdrawal.
    const otherOnB = await request.get(`${b.url}/berattelser/${other.id}`);
    expect(otherOnB.status()).toBe(200);
    expect(await otherOnB.text()).not.toContain("ändrad bakom cachen");
    // The control: a notification no instance can read retires everything, and then B shows the
    // change, so only what B kept had hidden it.
    await admin.query(`NOTIFY ${PUBLIC_CHANGE_CHANNEL}, 'allt'`);
    await expect
      .poll(async () => (await (await request.get(`${b!.url}/berattelser/${other.id}`)).text()).includes("ändrad bakom cachen"), { timeout: 2_000 })
      .toBe(true);
  } finally {
    if (restore) {
      await admin?.query(`UPDATE "Story" SET title = $1 WHERE id = $2`, [restore.title, restore.id]);
      await admin?.query(`NOTIFY ${PUBLIC_CHANGE_CHANNEL}, 'allt'`);
    }
    await admin?.end();
    await b?.stop();
  }
});
