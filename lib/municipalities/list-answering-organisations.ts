import { db } from "@/lib/db";

export type AnsweringOrganisation = { id: string; name: string; contactEmail: string };

// The active organisations that answer for a municipality, as readers see them: name and
// contact address only (never a responder, never a domain list).
export async function listAnsweringOrganisations({ municipalityCode }: { municipalityCode: string }): Promise<AnsweringOrganisation[]> {
  return db.organisation.findMany({
    where: { active: true, municipalityCodes: { has: municipalityCode } },
    select: { id: true, name: true, contactEmail: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
