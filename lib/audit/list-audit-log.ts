import type { Prisma, Role } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { makeExcerpt } from "@/lib/text/make-excerpt";
import { type AuditChange, type AuditValue, diffAuditValues } from "./diff-audit-values";

export const AUDIT_LOG_PAGE_SIZE = 50;

export type AuditLogEntry = {
  id: string;
  createdAt: Date;
  moderatorName: string | null;
  action: string;
  targetType: string;
  // Null when the target was erased: the row then only records that an erasure happened.
  targetId: string | null;
  // The target's current name or title, when it still exists.
  targetLabel: string | null;
  reason: string | null;
  changes: AuditChange[];
};

export type AuditLogPage = { entries: AuditLogEntry[]; page: number; totalPages: number; total: number };

const isTagField = (field: string) => field === "tagIds" || field.endsWith(".tagIds");
const isTemplateField = (field: string) => field === "templateId" || field.endsWith(".templateId");

function idsIn(changes: AuditChange[], matches: (field: string) => boolean): string[] {
  return changes
    .filter((change) => matches(change.field))
    .flatMap((change) => [change.before, change.after].flat())
    .filter((value): value is string => typeof value === "string");
}

// Ids mean nothing to a reader of the log: show tag and template names where they still exist.
function withNames(value: AuditValue | undefined, names: Map<string, string>): AuditValue | undefined {
  if (Array.isArray(value)) return value.map((item) => (typeof item === "string" ? (names.get(item) ?? item) : item));
  return typeof value === "string" ? (names.get(value) ?? value) : value;
}

// Events about accounts (created, changed, password, second factor, sessions) and the account
// settings carry e-mail addresses and say who can get in how: only admins see them. The rule is
// part of the query, so no page number or other parameter can reach those rows.
// Organisations, their invitations and responders name staff e-mail addresses: admins only.
export const adminOnlyAuditTargets = ["moderator", "setting", "organisation", "invitation", "responder"] as const;

export function auditLogVisibleTo(viewerRole: Role): Prisma.AuditLogWhereInput {
  return viewerRole === "ADMIN" ? {} : { targetType: { notIn: [...adminOnlyAuditTargets] } };
}

// Newest first; the id breaks ties so pages never repeat or skip a row. `viewerRole` is
// required on purpose: the caller must say whose eyes the log is for.
export async function listAuditLog({
  viewerRole,
  page = 1,
  pageSize = AUDIT_LOG_PAGE_SIZE,
}: { viewerRole: Role; page?: number; pageSize?: number }): Promise<AuditLogPage> {
  const where = auditLogVisibleTo(viewerRole);
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { moderator: { select: { name: true } } },
    }),
  ]);
  const diffs = rows.map((row) => diffAuditValues(row.before, row.after));
  const allChanges = diffs.flat();
  const [tags, templates] = await Promise.all([
    db.tag.findMany({ where: { id: { in: idsIn(allChanges, isTagField) } }, select: { id: true, name: true } }),
    db.replyTemplate.findMany({
      where: { id: { in: idsIn(allChanges, isTemplateField) } },
      select: { id: true, title: true },
    }),
  ]);
  const targetLabels = await labelTargets(rows);
  const tagNames = new Map(tags.map((tag) => [tag.id, tag.name]));
  const templateNames = new Map(templates.map((template) => [template.id, template.title]));
  const named = (change: AuditChange): AuditChange => {
    const names = isTagField(change.field) ? tagNames : isTemplateField(change.field) ? templateNames : null;
    return names ? { ...change, before: withNames(change.before, names), after: withNames(change.after, names) } : change;
  };

  return {
    entries: rows.map((row, index) => ({
      id: row.id,
      createdAt: row.createdAt,
      moderatorName: row.moderator?.name ?? null,
      action: row.action,
      targetType: row.targetType,
      targetId: row.targetId,
      targetLabel: targetLabels.get(`${row.targetType}:${row.targetId}`) ?? null,
      reason: row.reason,
      changes: diffs[index].map(named),
    })),
    page,
    totalPages: Math.max(1, Math.ceil(total / pageSize)),
    total,
  };
}

// "Konto cmwr…" says little; the account's name, the story's title and so on say what it was.
async function labelTargets(rows: { targetType: string; targetId: string | null }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) =>
    rows.flatMap((row) => (row.targetType === type && row.targetId !== null ? [row.targetId] : []));
  const [moderators, stories, comments, tags, templates] = await Promise.all([
    db.moderator.findMany({ where: { id: { in: idsOf("moderator") } }, select: { id: true, name: true } }),
    db.story.findMany({ where: { id: { in: idsOf("story") } }, select: { id: true, title: true } }),
    db.comment.findMany({ where: { id: { in: idsOf("comment") } }, select: { id: true, body: true } }),
    db.tag.findMany({ where: { id: { in: idsOf("tag") } }, select: { id: true, name: true } }),
    db.replyTemplate.findMany({ where: { id: { in: idsOf("template") } }, select: { id: true, title: true } }),
  ]);
  return new Map([
    ...moderators.map((row) => [`moderator:${row.id}`, row.name] as const),
    ...stories.map((row) => [`story:${row.id}`, row.title] as const),
    ...comments.map((row) => [`comment:${row.id}`, makeExcerpt(row.body, 60)] as const),
    ...tags.map((row) => [`tag:${row.id}`, row.name] as const),
    ...templates.map((row) => [`template:${row.id}`, row.title] as const),
  ]);
}
