import type { Prisma } from "@/generated/prisma/client";
import { type Tx, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { readerStoryWhere } from "@/lib/stories/visibility";

export type AnsweringOrganisation = { id: string; name: string; municipalityCodes: string[]; fastTrack: boolean };

// Read inside the change's own transaction, so its municipalities and fast track are what the
// database says at that moment, never what a form or an earlier read said; an organisation
// deactivated meanwhile can do nothing.
export async function loadAnsweringOrganisation(tx: Tx, organisationId: string): Promise<AnsweringOrganisation> {
  const organisation = await tx.organisation.findFirst({
    where: { id: organisationId, active: true },
    select: { id: true, name: true, municipalityCodes: true, fastTrack: true },
  });
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

// For the responder's pages: the organisation of the logged-in responder, from the database.
export async function getAnsweringOrganisation(organisationId: string): Promise<AnsweringOrganisation | null> {
  return db.organisation.findFirst({
    where: { id: organisationId, active: true },
    select: { id: true, name: true, municipalityCodes: true, fastTrack: true },
  });
}
