import { db } from "@/lib/db";

const templateOrder = [{ sortOrder: "asc" as const }, { title: "asc" as const }];

// Every template, active or not, for the management page.
export function listTemplates() {
  return db.replyTemplate.findMany({
    orderBy: templateOrder,
    select: { id: true, slug: true, title: true, body: true, sortOrder: true, active: true, language: true, updatedAt: true },
  });
}

// What the reply composer offers: deactivated templates are kept for old replies but not offered.
export function listActiveTemplates() {
  return db.replyTemplate.findMany({
    where: { active: true },
    orderBy: templateOrder,
    select: { id: true, slug: true, title: true, body: true, language: true },
  });
}

export type TemplateListItem = Awaited<ReturnType<typeof listTemplates>>[number];
export type ActiveTemplate = Awaited<ReturnType<typeof listActiveTemplates>>[number];
