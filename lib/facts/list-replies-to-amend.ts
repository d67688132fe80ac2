import { db } from "@/lib/db";
import { readerReplyWhere, readerStoryWhere } from "@/lib/stories/visibility";

// `amendment`: a correction already prepared for a colleague (colleague review), waiting or sent back.
type AmendmentState = { body: string; preparedBy: { name: string } | null; returnedAt: Date | null; returnComment: string | null; returnedBy: { name: string } | null };
export type ReplyToAmend = {
  id: string;
  body: string;
  publishedAt: Date;
  amendedAt: Date | null;
  story: { id: string; title: string };
  amendment: AmendmentState | null;
  oldValue: string;
  newValue: string;
};

const amendmentSelect = {
  select: { body: true, preparedBy: { select: { name: true } }, returnedAt: true, returnComment: true, returnedBy: { select: { name: true } } },
} as const;

// After a fact's value changed: the replies readers can see (published, on a published story)
// that still quote an earlier value, and were not amended since that change. Oldest change
// first, so a reply quoting two old values shows once, under the first.
export async function listRepliesToAmend({ factId }: { factId: string }): Promise<ReplyToAmend[]> {
  const changes = await db.factChange.findMany({ where: { factId }, orderBy: { changedAt: "asc" }, select: { oldValue: true, newValue: true, changedAt: true } });
  const found = new Map<string, ReplyToAmend>();
  for (const change of changes) {
    const replies = await db.reply.findMany({
      where: {
        ...readerReplyWhere,
        story: readerStoryWhere,
        // Prisma's `contains` is a LIKE; the exact check below keeps "%" and "_" literal.
        body: { contains: change.oldValue },
        OR: [{ amendedAt: null }, { amendedAt: { lt: change.changedAt } }],
      },
      select: { id: true, body: true, publishedAt: true, amendedAt: true, story: { select: { id: true, title: true } }, amendment: amendmentSelect },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    });
    for (const reply of replies) {
      if (found.has(reply.id) || !reply.body.includes(change.oldValue)) continue;
      found.set(reply.id, { ...reply, publishedAt: reply.publishedAt!, oldValue: change.oldValue, newValue: change.newValue });
    }
  }
  return [...found.values()];
}
