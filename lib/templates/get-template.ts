import { db } from "@/lib/db";

export function getTemplate({ templateId }: { templateId: string }) {
  return db.replyTemplate.findUnique({
    where: { id: templateId },
    select: { id: true, slug: true, title: true, body: true, sortOrder: true, active: true, language: true },
  });
}

export type TemplateForEdit = NonNullable<Awaited<ReturnType<typeof getTemplate>>>;
