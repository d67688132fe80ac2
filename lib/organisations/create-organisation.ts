import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { organisationKeys } from "./organisation-keys";
import type { OrganisationValues } from "./schemas";

export type CreateOrganisationOptions = OrganisationValues & { actorId: string };

// Takes input already parsed by organisationSchema. An active organisation is shown to readers
// at once (municipality pages), so it is a public change.
export async function createOrganisation({ actorId, name, municipalityCodes, emailDomains, contactEmail }: CreateOrganisationOptions) {
  return publicContentTransaction(async (tx) => {
    const organisation = await tx.organisation.create({
      data: { name, municipalityCodes, emailDomains, contactEmail },
      select: { id: true, name: true },
    });
    markTouched(tx, organisationKeys(municipalityCodes));
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "organisation.create",
      targetType: "organisation",
      targetId: organisation.id,
      after: { name, municipalityCodes, emailDomains, contactEmail },
    });
    return organisation;
  });
}
