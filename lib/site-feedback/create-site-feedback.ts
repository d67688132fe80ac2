import { db } from "@/lib/db";
import { redactForStorage } from "@/lib/privacy/redact-for-storage";

// Secrets a visitor may paste as "the page the problem was on": a receipt link is the author's
// only key to their story, an invitation link a responder's password set-up. Neither is needed
// to find the page, so the secret part is cut before anything is stored.
const secretLinks = /(\/(?:kvitto|inbjudan)\/)(?!raderad\b)[^/?#\s]+/gi;

export function cleanPageAddress(pageUrl: string): string {
  return redactForStorage(pageUrl).text.replace(secretLinks, "$1…");
}

// Takes input already parsed by siteFeedbackSchema. The text goes through the same replacement
// of personal data as a story's before it is stored; nothing about the sender is kept (no
// address, no browser), so a message cannot be traced back to anyone.
export async function createSiteFeedback({ body, pageUrl = "" }: { body: string; pageUrl?: string }): Promise<{ feedbackId: string }> {
  const feedback = await db.siteFeedback.create({
    data: { body: redactForStorage(body).text, pageUrl: cleanPageAddress(pageUrl) },
    select: { id: true },
  });
  return { feedbackId: feedback.id };
}
