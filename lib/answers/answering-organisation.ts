import type { Prisma } from "@/generated/prisma/client";
import { type Tx, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { readerStoryWhere } from "@/lib/stories/visibility";

export type AnsweringOrganisation = { id: string; name: string; municipalityCodes: string[]; fastTrack: boolean };

// Read inside the change's own transaction, so its municipalities and fast track are what the
// database says at that moment, never what a form or an earlier read said; an organisation
// deactivated meanwhile can do nothing.
export async function loadAnsweringOrganisation(tx: Tx, organisationId: string): Promise<AnsweringOrganisation> {
  const organisation = await getAnsweringOrganisation(organisationId, tx);
  if (!organisation) throw new AppError("FORBIDDEN", "organisation is not active");
  return organisation;
}

// The one rule of what an organisation may answer: a published story in one of its
// municipalities. A story without a municipality is in none. Every read and write on the
// responder's side goes through this, so a pending story, or one outside the municipalities,
// looks exactly like one that does not exist.
export function answerableStoryWhere(organisation: Pick<AnsweringOrganisation, "municipalityCodes">, storyId?: string) {
  return {
    ...(storyId === undefined ? {} : { id: storyId }),
    ...readerStoryWhere,
    municipalityCode: { in: organisation.municipalityCodes },
  } satisfies Prisma.StoryWhereInput;
}

// The logged-in responder's organisation, from the database, or null once it is inactive: for
// the responder's pages and the action guard (lib/actions/responder-action.ts), and inside a
// change's transaction.
export async function getAnsweringOrganisation(organisationId: string, client: Tx = db): Promise<AnsweringOrganisation | null> {
  return client.organisation.findFirst({
    where: { id: organisationId, active: true },
    select: { id: true, name: true, municipalityCodes: true, fastTrack: true },
  });
}
