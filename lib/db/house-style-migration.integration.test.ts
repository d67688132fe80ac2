// The data migration 20261204110000_house_style, run again (it is already applied to the test
// databases) on templates as the seed wrote them before the house style existed.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeEach, expect, it } from "vitest";
import { currentDbHandle, db } from "@/lib/db";
import { describeEachDatabase } from "@/test/db-harness";

const sql = fs.readFileSync(path.join(process.cwd(), "prisma", "migrations", "20261204110000_house_style", "migration.sql"), "utf8");

async function runMigration() {
  const handle = currentDbHandle();
  if (handle.pglite) return void (await handle.pglite.exec(sql));
  if (handle.config.kind !== "postgres") throw new Error("no database");
  const client = new pg.Client({ connectionString: handle.config.url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const OPENING = "Tack för att du berättar om din upplevelse.";
const CLOSING = "Vänliga hälsningar, moderatorerna";
// The seeded texts before the migration (prisma/seed-data.ts before the house-style setting).
const oldTemplates = {
  bemotande: [
    `${OPENING} Vi kan inte svara på frågor om enskilda ärenden här, men vi vill berätta vart du kan vända dig.`,
    "Har du synpunkter på hur du blivit bemött kan du i första hand kontakta enhetschefen på det socialkontor du har haft kontakt med. Du kan också lämna klagomål till IVO, Inspektionen för vård och omsorg (ivo.se, 010-788 50 00).",
    CLOSING,
  ].join("\n\n"),
  "kan-inte-publicera": ["Tack för att du skrev till oss.", "Vi kan tyvärr inte publicera din berättelse. Det här är skälet i ditt fall:", "{{reason}}", CLOSING].join("\n\n"),
  // Edited by a moderator: the opening reworded, the closing kept.
  omskriven: [`Hej! ${OPENING} Vi vill berätta vart du kan vända dig.`, CLOSING].join("\n\n"),
  // Edited: the closing reworded, the opening kept.
  annan: [`${OPENING} Vi läser allt som skickas in.`, "Vänliga hälsningar, Anna"].join("\n\n"),
};

async function insertTemplates() {
  await db.replyTemplate.createMany({
    data: Object.entries(oldTemplates).map(([slug, body], index) => ({ slug, title: `Mall ${slug}`, body, sortOrder: index })),
  });
}

const bodies = async () => Object.fromEntries((await db.replyTemplate.findMany({ select: { slug: true, body: true } })).map((t) => [t.slug, t.body]));

describeEachDatabase("the house-style data migration", () => {
  beforeEach(async () => {
    await db.replyTemplate.deleteMany();
    await db.siteSetting.deleteMany();
  });

  it("makes the shared opening and closing the house style, with no settings row yet, and strips exact matches only", async () => {
    await insertTemplates();
    await runMigration();
    expect(await db.siteSetting.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ replyOpening: OPENING, replyClosing: CLOSING, requireTotp: false });
    const after = await bodies();
    expect(after.bemotande).toBe(
      [
        "Vi kan inte svara på frågor om enskilda ärenden här, men vi vill berätta vart du kan vända dig.",
        "Har du synpunkter på hur du blivit bemött kan du i första hand kontakta enhetschefen på det socialkontor du har haft kontakt med. Du kan också lämna klagomål till IVO, Inspektionen för vård och omsorg (ivo.se, 010-788 50 00).",
      ].join("\n\n"),
    );
    expect(after["kan-inte-publicera"]).toBe(oldTemplates["kan-inte-publicera"]);
    expect(after.omskriven).toBe(`Hej! ${OPENING} Vi vill berätta vart du kan vända dig.`);
    expect(after.annan).toBe("Vi läser allt som skickas in.\n\nVänliga hälsningar, Anna");

    // Run twice, nothing more is taken away.
    await runMigration();
    expect(await bodies()).toEqual(after);
  });

  it("keeps the other settings of an existing row", async () => {
    await db.siteSetting.create({ data: { id: 1, requireTotp: true, claimMinutes: 45 } });
    await insertTemplates();
    await runMigration();
    expect(await db.siteSetting.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ replyOpening: OPENING, replyClosing: CLOSING, requireTotp: true, claimMinutes: 45 });
  });

  it("leaves a database without such templates (a fresh one) to the seed", async () => {
    await runMigration();
    expect(await db.siteSetting.count()).toBe(0);
    await db.replyTemplate.create({ data: { slug: "egen", title: "Egen", body: "En helt egen mall utan husstil." } });
    await runMigration();
    expect(await db.siteSetting.count()).toBe(0);
    expect((await bodies()).egen).toBe("En helt egen mall utan husstil.");
  });
});
