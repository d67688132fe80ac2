import { db } from "@/lib/db";

// The name a responder's pages show them: whom they speak for.
export async function findOrganisationName({ organisationId }: { organisationId: string }): Promise<string | null> {
  const organisation = await db.organisation.findUnique({ where: { id: organisationId }, select: { name: true } });
  return organisation?.name ?? null;
}
