import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, afterEach, beforeAll, expect, it, onTestFinished, vi } from "vitest";
import { scheduleMail } from "@/lib/alerts/schedule-mail";
import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { publishStory } from "@/lib/moderation/publish-story";
import { createStory } from "@/lib/stories/create-story";
import { type SmtpInbox, startSmtpInbox } from "@/e2e/support/smtp-inbox";
import { describeEachDatabase } from "@/test/db-harness";
import { freePort } from "@/test/free-port";
import { MALMO, seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
import { allowSingleStepDecisions, sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { createMailTransport } from "./mail-transport";
import { maxMailAttempts, retryDelaysMinutes } from "./mail-retry";
import { listFailedMail } from "./list-failed-mail";
import { sendDueMail } from "./send-due-mail";

const MINUTE = 60_000;

// Everything the process prints, to prove an address never reaches the console.
function captureConsole() {
  const lines: string[] = [];
  const record = (...args: unknown[]) => void lines.push(args.map(String).join(" "));
  for (const method of ["log", "info", "warn", "error", "debug"] as const) vi.spyOn(console, method).mockImplementation(record);
  return lines;
}

// Sending that fails is retried with back-off, never undoes the publication, and never records or
// prints the address; without SMTP_URL each mail is a private .eml file.
describeEachDatabase("outbox", () => {
  let refusing: SmtpInbox;
  let moderatorId: string;
  let tagId: string;
  let organisationId: string;
  const from = "Sakligt <no-reply@sakligt.test>";

  beforeAll(async () => {
    refusing = await startSmtpInbox({ reject: true });
    tagId = (await seedTagsAndTemplates()).tags[0].id;
    moderatorId = (await seedModerator()).id;
    await allowSingleStepDecisions();
    organisationId = (await seedOrganisation({ municipalityCodes: [MALMO] })).id;
  });
  afterAll(async () => refusing.close());
  afterEach(() => vi.restoreAllMocks());

  it("retries a refused alert with growing waits, gives up after the last, and never keeps or prints the address", async () => {
    const responder = await seedResponder(organisationId);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "IMMEDIATE" } });
    const title = "Publicerad trots trasig e-post";
    const { storyId } = await createStory({ title, body: sampleBody, tagIds: [tagId], municipalityCode: MALMO, authorRole: "KLIENT" });
    await publishStory({ storyId, moderatorId, title, body: sampleBody, tagIds: [tagId], version: 1, reply: { body: "Tack för att du berättar.", templateId: null } });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).status).toBe("PUBLISHED");

    const lines = captureConsole();
    const transport = createMailTransport({ smtpUrl: refusing.url, from, outboxDir: "/nonexistent" });
    const start = new Date();
    // One pass of the scheduler as the server runs it, with its logging.
    await scheduleMail({ transport, digestHour: 23, clock: () => start })();
    const row = () => db.outboxMail.findFirstOrThrow({ where: { storyIds: { has: storyId } } });
    const first = await row();
    expect(first).toMatchObject({ attempts: 1, lastError: "EENVELOPE", sentAt: null, droppedAt: null, to: responder.email });
    expect(first.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelaysMinutes[0] * MINUTE);

    // Not due before its time; then each failure waits longer.
    expect(await sendDueMail({ transport, now: new Date(start.getTime() + 30_000) })).toMatchObject({ sent: 0, failed: 0 });
    let now = first.nextAttemptAt;
    const waits: number[] = [];
    for (let attempt = 2; attempt <= maxMailAttempts; attempt++) {
      await sendDueMail({ transport, now });
      const current = await row();
      expect(current.attempts).toBe(attempt);
      if (current.droppedAt) break;
      waits.push(current.nextAttemptAt.getTime() - now.getTime());
      now = current.nextAttemptAt;
    }
    expect(waits).toEqual(retryDelaysMinutes.slice(1).map((minutes) => minutes * MINUTE));
    expect(await row()).toMatchObject({ attempts: maxMailAttempts, to: null, droppedAt: expect.any(Date), lastError: "EENVELOPE" });
    transport.close();

    expect(refusing.messages).toEqual([]);
    expect(lines.join("\n")).toContain("Mail: 0 sent, 1 failed (EENVELOPE)");
    expect(lines.join("\n")).not.toContain(responder.email);
    expect(lines.join("\n")).not.toContain("@malmo.se");

    // What admins see: kind, organisation, attempts and code, and no address or text.
    const failed = await listFailedMail();
    expect(failed).toContainEqual(expect.objectContaining({ kind: "alert", attempts: maxMailAttempts, lastError: "EENVELOPE", givenUp: true, nextAttemptAt: null }));
    expect(JSON.stringify(failed)).not.toContain("@");
    expect(JSON.stringify(failed)).not.toContain(title);
  });

  it("records a server that is not there by its code alone", async () => {
    const lines = captureConsole();
    const transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${await freePort()}`, from, outboxDir: "/nonexistent" });
    const { id } = await db.$transaction((tx) => enqueueMail(tx, { kind: "invitation", to: "ingen@malmo.se", subject: "Inbjudan", text: "Hej" }));
    const result = await sendDueMail({ transport });
    transport.close();
    expect(result).toMatchObject({ sent: 0, failed: 1 });
    const stored = await db.outboxMail.findUniqueOrThrow({ where: { id } });
    expect(stored.lastError).toMatch(/^E[A-Z]+$/);
    expect(stored.attempts).toBe(1);
    expect(lines.join("\n")).not.toContain("ingen@malmo.se");
    await db.outboxMail.update({ where: { id }, data: { droppedAt: new Date(), to: null } });
  });

  it("writes each mail as a private .eml file under the outbox directory without SMTP_URL", async () => {
    const lines = captureConsole();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-outbox-"));
    onTestFinished(() => fs.rmSync(root, { recursive: true, force: true }));
    const outboxDir = path.join(root, "outbox");
    const { id } = await db.$transaction((tx) => enqueueMail(tx, { kind: "invitation", to: "ny@malmo.se", subject: "Du är inbjuden till Sakligt", text: "Följ länken." }));
    expect(await sendDueMail({ transport: createMailTransport({ from, outboxDir }) })).toMatchObject({ sent: 1 });

    const files = fs.readdirSync(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`-${id}\\.eml$`));
    const file = path.join(outboxDir, files[0]);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const parsed = await simpleParser(fs.readFileSync(file));
    expect(parsed.subject).toBe("Du är inbjuden till Sakligt");
    expect(parsed.text?.trim()).toBe("Följ länken.");
    expect(lines).toEqual([`Mail written to ${path.relative(process.cwd(), file)}`]);
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id } })).toMatchObject({ to: null, sentAt: expect.any(Date) });
  });
});
