import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { changedFields } from "@/lib/audit/changed-fields";
import type { TemplateValues } from "./schemas";

// A caller that leaves out `language` keeps the template's.
export type UpdateTemplateOptions = Omit<TemplateValues, "language"> & Partial<Pick<TemplateValues, "language">> & { templateId: string; moderatorId: string };

// Changes title, text, order or whether the composer offers the template. Replies already sent
// keep their own copy of the text, so editing a template never changes a published answer.
export async function updateTemplate(options: UpdateTemplateOptions): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const current = await tx.replyTemplate.findUnique({
      where: { id: options.templateId },
      select: { title: true, body: true, sortOrder: true, active: true, language: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "template not found");
    const next = { title: options.title, body: options.body, sortOrder: options.sortOrder, active: options.active, language: options.language ?? current.language };
    const diff = changedFields(current, next);
    if (!diff) return { changed: false };
    await tx.replyTemplate.update({ where: { id: options.templateId }, data: next });
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: "template.update",
      targetType: "template",
      targetId: options.templateId,
      before: diff.before,
      after: diff.after,
    });
    return { changed: true };
  });
}
