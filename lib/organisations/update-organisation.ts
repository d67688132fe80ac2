import { changedFields } from "@/lib/audit/changed-fields";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { organisationKeys } from "./organisation-keys";
import type { OrganisationValues } from "./schemas";

export type UpdateOrganisationOptions = OrganisationValues & { actorId: string; organisationId: string };

// Changes what an organisation is called, where it answers, whom it may invite and its contact.
// A municipality it leaves loses it from its page, so the old and the new lists are touched.
export async function updateOrganisation({ actorId, organisationId, ...next }: UpdateOrganisationOptions): Promise<{ changed: boolean }> {
  return publicContentTransaction(async (tx) => {
    const current = await tx.organisation.findUnique({
      where: { id: organisationId },
      select: { name: true, municipalityCodes: true, emailDomains: true, contactEmail: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "organisation not found");
    const diff = changedFields(current, next);
    if (!diff) {
      markTouched(tx, []);
      return { changed: false };
    }
    await tx.organisation.update({ where: { id: organisationId }, data: next });
    markTouched(tx, organisationKeys(current.municipalityCodes, next.municipalityCodes));
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "organisation.update",
      targetType: "organisation",
      targetId: organisationId,
      before: diff.before,
      after: diff.after,
    });
    return { changed: true };
  });
}
