import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { createMailTransport } from "@/lib/mail/mail-transport";
import { sendDueMail } from "@/lib/mail/send-due-mail";
import { createStory } from "@/lib/stories/create-story";
import { publishStory } from "@/lib/moderation/publish-story";
import { routes } from "@/lib/routes";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { type SmtpInbox, startSmtpInbox } from "@/e2e/support/smtp-inbox";
import { describeEachDatabase } from "@/test/db-harness";
import { LUND, MALMO, seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
import { allowSingleStepDecisions, sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { approveStoryDecision, prepareStoryDecision } from "@/lib/moderation/colleague-review";
import { requireColleagueReview } from "@/test/fixtures/review-fixtures";
import { eraseStoryByAuthor } from "@/lib/stories/erase-story-by-author";
import { rowsContaining } from "@/test/search-all-tables";
import { sendDigests } from "./send-digests";

// Alerts end to end on the database and a real SMTP server in this process: what a mail holds,
// who gets it, and that a withdrawn story sends nothing, at once or in a digest.
describeEachDatabase("alerts", () => {
  let inbox: SmtpInbox;
  let moderatorId: string;
  let tagIds: string[];
  let malmo: { id: string; name: string };
  const transport = () => createMailTransport({ smtpUrl: inbox.url, from: "Sakligt <no-reply@sakligt.test>", outboxDir: "/nonexistent" });

  const publish = async ({ title, body = sampleBody, tags = [tagIds[0]], municipalityCode = MALMO }: { title: string; body?: string; tags?: string[]; municipalityCode?: string }) => {
    const { storyId, receiptToken } = await createStory({ title, body, tagIds: tags, municipalityCode, authorRole: "KLIENT" });
    await publishStory({ storyId, moderatorId, title, body, tagIds: tags, version: 1, reply: { body: "Tack för att du berättar.", templateId: null } });
    return { storyId, receiptToken };
  };

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
    await allowSingleStepDecisions();
    malmo = await seedOrganisation({ name: "Socialtjänsten, Malmö stad, Individ och familj", municipalityCodes: [MALMO] });
  });
  afterAll(async () => inbox.close());

  it("mails a Malmö responder the title, public link and organisation, and nothing from the body or the receipt", async () => {
    const responder = await seedResponder(malmo.id);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "IMMEDIATE" } });
    const lund = await seedOrganisation({ name: "Socialtjänsten, Lunds kommun", municipalityCodes: [LUND], emailDomains: ["lund.se"] });
    const lundResponder = await seedResponder(lund.id, { email: `svar-${Date.now()}@lund.se` });
    await db.moderator.update({ where: { id: lundResponder.id }, data: { alertMode: "IMMEDIATE" } });

    // The distinctive word is only in the body (and so in the original text the author sent).
    const body = `${sampleBody} Det hände på Kvastfenomenvägen en tisdag.`;
    const { storyId, receiptToken } = await publish({ title: "Ett beslut om bistånd", body });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).originalBody).toContain("Kvastfenomen");

    await sendDueMail({ transport: transport() });
    const mail = await inbox.waitForMail((received) => received.to.includes(responder.email));
    const link = absoluteUrl(routes.story(storyId));
    expect(mail.subject).toContain("Ett beslut om bistånd");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain(malmo.name);
    for (const secret of ["Kvastfenomen", receiptToken, "/kvitto/", "Tack för att du berättar"]) expect(mail.raw).not.toContain(secret);
    expect(inbox.messages.filter((received) => received.to.includes(lundResponder.email))).toEqual([]);
    expect(await db.outboxMail.count({ where: { storyIds: { has: storyId } } })).toBe(1);
    // Sent: neither the address nor the text is kept.
    expect(await db.outboxMail.findFirstOrThrow({ where: { storyIds: { has: storyId } } })).toMatchObject({ to: null, subject: "", text: "", sentAt: expect.any(Date) });
    await db.moderator.updateMany({ where: { id: { in: [responder.id, lundResponder.id] } }, data: { alertMode: "NONE" } });
  });

  it("drops an immediate alert about a story withdrawn before it was sent", async () => {
    const responder = await seedResponder(malmo.id);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "IMMEDIATE" } });
    const { storyId, receiptToken } = await publish({ title: "Tillbakadragen före utskick" });
    await withdrawStory({ token: receiptToken });

    const result = await sendDueMail({ transport: transport() });
    expect(result).toMatchObject({ sent: 0, dropped: 1 });
    expect(await db.outboxMail.findFirstOrThrow({ where: { storyIds: { has: storyId } } })).toMatchObject({ to: null, subject: "", text: "", sentAt: null, droppedAt: expect.any(Date) });
    expect(inbox.messages.filter((received) => received.subject.includes("Tillbakadragen före utskick"))).toEqual([]);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "NONE" } });
  });

  it("lists in the digest only the chosen themes' stories still published, once", async () => {
    const responder = await seedResponder(malmo.id);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "DIGEST", alertTagIds: [tagIds[0]] } });
    const kept = await publish({ title: "Kvar i sammanfattningen", tags: [tagIds[0]] });
    const withdrawn = await publish({ title: "Dragen tillbaka i natt", tags: [tagIds[0], tagIds[1]] });
    await publish({ title: "Annat tema helt", tags: [tagIds[1]] });
    await publish({ title: "Från Lund med rätt tema", tags: [tagIds[0]], municipalityCode: LUND });
    expect(await db.outboxMail.count({ where: { sentAt: null, droppedAt: null } })).toBe(0);
    await withdrawStory({ token: withdrawn.receiptToken });

    expect(await sendDigests()).toEqual({ digests: 1 });
    expect(await db.pendingAlert.count({ where: { responderId: responder.id } })).toBe(0);
    expect(await sendDueMail({ transport: transport() })).toMatchObject({ sent: 1, dropped: 0 });
    const mail = await inbox.waitForMail((received) => received.to.includes(responder.email));
    expect(mail.text).toContain("Kvar i sammanfattningen");
    expect(mail.text).toContain(absoluteUrl(routes.story(kept.storyId)));
    expect(mail.text).toContain(malmo.name);
    for (const absent of ["Dragen tillbaka i natt", "Annat tema helt", "Från Lund", kept.receiptToken]) expect(mail.raw).not.toContain(absent);

    // Nothing left: no second digest.
    expect(await sendDigests()).toEqual({ digests: 0 });
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "NONE" } });
  });

  it("sends no digest when every queued story was withdrawn", async () => {
    const responder = await seedResponder(malmo.id);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "DIGEST", alertTagIds: [] } });
    const gone = await publish({ title: "Ensam och tillbakadragen" });
    await withdrawStory({ token: gone.receiptToken });
    expect(await sendDigests()).toEqual({ digests: 0 });
    expect(await db.outboxMail.count({ where: { kind: "digest", sentAt: null, droppedAt: null } })).toBe(0);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "NONE" } });
  });

  it("queues the alert when a colleague approves a prepared publication, as for a single moderator's", async () => {
    const responder = await seedResponder(malmo.id);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "IMMEDIATE" } });
    const colleague = (await seedModerator("Kollega")).id;
    await requireColleagueReview();
    const title = "Godkänd av en kollega";
    const { storyId } = await createStory({ title, body: sampleBody, tagIds: [tagIds[0]], municipalityCode: MALMO, authorRole: "KLIENT" });
    const { version } = await prepareStoryDecision({
      storyId,
      moderatorId,
      version: 1,
      decision: { kind: "PUBLISH", edit: { title, body: sampleBody, tagIds: [tagIds[0]] }, reply: { body: "Tack för att du berättar.", templateId: null } },
    });
    expect(await db.outboxMail.count({ where: { storyIds: { has: storyId } } })).toBe(0);
    await approveStoryDecision({ storyId, moderatorId: colleague, version });
    expect(await db.outboxMail.count({ where: { storyIds: { has: storyId }, kind: "alert" } })).toBe(1);
    await sendDueMail({ transport: transport() });
    await inbox.waitForMail((received) => received.to.includes(responder.email) && received.subject.includes(title));
    await allowSingleStepDecisions();
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "NONE" } });
  });

  it("keeps no queued mail with the title of a story its author erases", async () => {
    const responder = await seedResponder(malmo.id);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "IMMEDIATE" } });
    const title = "Raderas av berättaren Plommonkvarn";
    const { receiptToken } = await publish({ title });
    expect((await rowsContaining("Plommonkvarn")).map((hit) => hit.table)).toContain("OutboxMail");
    await eraseStoryByAuthor({ token: receiptToken });
    expect(await rowsContaining("Plommonkvarn")).toEqual([]);
    await db.moderator.update({ where: { id: responder.id }, data: { alertMode: "NONE" } });
  });
});
