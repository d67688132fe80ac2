import { db } from "@/lib/db";

export type SiteFeedbackItem = { id: string; body: string; pageUrl: string; createdAt: Date; handledAt: Date | null };

const select = { id: true, body: true, pageUrl: true, createdAt: true, handledAt: true } as const;
// Handled messages stay listed until retention erases them; the list shows the latest of them.
const HANDLED_SHOWN = 50;

// The moderators' list (/mod/synpunkter): every unhandled message, newest first, then the
// latest handled ones, most recently handled first.
export async function listSiteFeedback(): Promise<{ unhandled: SiteFeedbackItem[]; handled: SiteFeedbackItem[] }> {
  const [unhandled, handled] = await Promise.all([
    db.siteFeedback.findMany({ where: { handledAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select }),
    db.siteFeedback.findMany({ where: { handledAt: { not: null } }, orderBy: [{ handledAt: "desc" }, { id: "desc" }], take: HANDLED_SHOWN, select }),
  ]);
  return { unhandled, handled };
}

export function countUnhandledSiteFeedback(): Promise<number> {
  return db.siteFeedback.count({ where: { handledAt: null } });
}
