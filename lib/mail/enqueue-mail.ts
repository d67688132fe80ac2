import type { Tx } from "@/lib/db";
import { requestMailPass } from "./mail-pass-request";

export type MailKind = "invitation" | "alert" | "digest";

export type QueuedMail = {
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
  // The stories a message is about: it is dropped unsent once any of them is no longer published.
  storyIds?: readonly string[];
  organisationId?: string;
};

// Mail is queued in the transaction of the change that causes it and sent afterwards by the
// outbox (lib/mail), so a mail server that is down never holds up or undoes that change. The
// sender is asked for a pass at once (it waits a moment, for the transaction to commit), so an
// invitation does not wait for the next tick.
export async function enqueueMail(tx: Tx, mail: QueuedMail): Promise<{ id: string }> {
  requestMailPass();
  return tx.outboxMail.create({
    data: {
      kind: mail.kind,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      storyIds: [...(mail.storyIds ?? [])],
      organisationId: mail.organisationId,
    },
    select: { id: true },
  });
}
