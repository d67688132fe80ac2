import { db } from "@/lib/db";

// Every organisation for the admins' list, active ones first, then by name.
export async function listOrganisations() {
  const rows = await db.organisation.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      municipalityCodes: true,
      emailDomains: true,
      active: true,
      fastTrack: true,
      _count: { select: { responders: { where: { active: true } } } },
    },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, activeResponders: _count.responders }));
}
