import type { Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { alertMailText } from "./alert-mail-text";
import { respondersAlertedWhere } from "./alert-selection";

// Called inside the publication's transaction: each responder whose selection covers the story
// gets a queued mail (IMMEDIATE) or a row for tomorrow's digest (DIGEST). Nothing is sent
// here, so a mail server that is down never holds up a publication; the outbox sends later
// and drops the mail if the story is withdrawn before then.
export async function queueStoryAlerts(tx: Tx, { storyId }: { storyId: string }): Promise<{ immediate: number; digest: number }> {
  const story = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: { id: true, title: true, municipalityCode: true, tags: { select: { tagId: true } } },
  });
  if (!story.municipalityCode) return { immediate: 0, digest: 0 };
  const responders = await tx.moderator.findMany({
    where: respondersAlertedWhere({ municipalityCode: story.municipalityCode, tagIds: story.tags.map((tag) => tag.tagId) }),
    select: { id: true, email: true, alertMode: true, organisation: { select: { id: true, name: true } } },
  });
  let immediate = 0;
  const digest: string[] = [];
  for (const responder of responders) {
    if (!responder.organisation) continue;
    if (responder.alertMode === "DIGEST") {
      digest.push(responder.id);
      continue;
    }
    const { subject, text } = alertMailText({ story, organisationName: responder.organisation.name });
    await enqueueMail(tx, { kind: "alert", to: responder.email, subject, text, storyIds: [story.id], organisationId: responder.organisation.id });
    immediate += 1;
  }
  if (digest.length > 0) {
    await tx.pendingAlert.createMany({ data: digest.map((responderId) => ({ responderId, storyId: story.id })), skipDuplicates: true });
  }
  return { immediate, digest: digest.length };
}
