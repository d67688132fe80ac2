"use server";

import { revalidatePath } from "next/cache";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { inviteResponder } from "@/lib/organisations/invite-responder";
import {
  createOrganisationSchema,
  inviteResponderSchema,
  setFastTrackSchema,
  setOrganisationActiveSchema,
  setResponderActiveSchema,
  updateOrganisationSchema,
} from "@/lib/organisations/schemas";
import { setFastTrack } from "@/lib/organisations/set-fast-track";
import { setOrganisationActive } from "@/lib/organisations/set-organisation-active";
import { setResponderActive } from "@/lib/organisations/set-responder-active";
import { updateOrganisation } from "@/lib/organisations/update-organisation";
import { publicOrigin } from "@/lib/request/public-origin";
import { routes } from "@/lib/routes";

// Only admins register organisations and invite their staff.
export const createOrganisationAction = moderatorAction({ schema: createOrganisationSchema, roles: ["ADMIN"] }, async (input, moderator) => {
  const created = await createOrganisation({ ...input, actorId: moderator.id });
  revalidatePath(routes.mod.organisations());
  return { id: created.id };
});

export const updateOrganisationAction = moderatorAction({ schema: updateOrganisationSchema, roles: ["ADMIN"] }, async (input, moderator) => {
  const result = await updateOrganisation({ ...input, actorId: moderator.id });
  revalidatePath(routes.mod.organisation(input.organisationId));
  return result;
});

export const setOrganisationActiveAction = moderatorAction({ schema: setOrganisationActiveSchema, roles: ["ADMIN"] }, async (input, moderator) => {
  const result = await setOrganisationActive({ ...input, actorId: moderator.id });
  revalidatePath(routes.mod.organisation(input.organisationId));
  return { changed: result.changed };
});

export const setResponderActiveAction = moderatorAction({ schema: setResponderActiveSchema, roles: ["ADMIN"] }, async (input, moderator) => {
  const result = await setResponderActive({ ...input, actorId: moderator.id });
  revalidatePath(routes.mod.organisation(input.organisationId));
  return { changed: result.changed };
});

export const setFastTrackAction = moderatorAction({ schema: setFastTrackSchema, roles: ["ADMIN"] }, async (input, moderator) => {
  const result = await setFastTrack({ ...input, actorId: moderator.id });
  revalidatePath(routes.mod.organisation(input.organisationId));
  return result;
});

// The token leaves only in the mail: the admin's page is told the address, nothing more.
export const inviteResponderAction = moderatorAction({ schema: inviteResponderSchema, roles: ["ADMIN"] }, async (input, moderator) => {
  await inviteResponder({ ...input, actorId: moderator.id, publicOrigin: await publicOrigin() });
  revalidatePath(routes.mod.organisation(input.organisationId));
  return { email: input.email };
});
