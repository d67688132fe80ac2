import { z } from "zod";
import { rowIdSchema } from "@/lib/ids/row-id-schema";
import { municipalityCodes } from "@/lib/municipalities";
import { createModeratorSchema } from "@/lib/moderators/schemas";
import { accountEmailSchema } from "@/lib/text/account-key";

export const organisationLimits = { nameMin: 3, nameMax: 150, domainsMax: 10, municipalitiesMax: 50 } as const;

// A host name of at least two labels, each of letters, digits and inner hyphens: "malmo.se",
// "stad.malmo.se". No "@", no wildcard: a domain matches an address's domain exactly.
const domainPattern = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const known = new Set(municipalityCodes);

// Typed as one line ("malmo.se, lund.se"), stored as a list in lower case.
const emailDomainsSchema = z
  .string({ error: "domainsRequired" })
  .transform((value) => [...new Set(value.split(/[\s,;]+/).map((part) => part.trim().toLowerCase().replace(/^@/, "")).filter(Boolean))])
  .pipe(
    z
      .array(z.string())
      .min(1, "domainsRequired")
      .max(organisationLimits.domainsMax, "domainsTooMany")
      .refine((domains) => domains.every((domain) => domainPattern.test(domain)), "domainInvalid"),
  );

// One or more codes from lib/municipalities; a lone value (one option chosen) is a list of one.
const municipalityCodesSchema = z
  .union([z.string(), z.array(z.string())], { error: "municipalitiesRequired" })
  .transform((value) => [...new Set(Array.isArray(value) ? value : [value])].filter(Boolean))
  .pipe(
    z
      .array(z.string())
      .min(1, "municipalitiesRequired")
      .max(organisationLimits.municipalitiesMax, "municipalitiesTooMany")
      .refine((codes) => codes.every((code) => known.has(code)), "municipalityUnknown"),
  );

export const organisationSchema = z.object({
  name: z
    .string({ error: "nameRequired" })
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, { error: "nameRequired", abort: true }).min(organisationLimits.nameMin, "nameTooShort").max(organisationLimits.nameMax, "nameTooLong")),
  municipalityCodes: municipalityCodesSchema,
  emailDomains: emailDomainsSchema,
  contactEmail: accountEmailSchema,
});

export type OrganisationInput = z.input<typeof organisationSchema>;
export type OrganisationValues = z.output<typeof organisationSchema>;

const organisationId = rowIdSchema;

export const createOrganisationSchema = organisationSchema;
export const updateOrganisationSchema = organisationSchema.extend({ organisationId });
export const setOrganisationActiveSchema = z.object({ organisationId, active: z.boolean() });
export const setFastTrackSchema = z.object({ organisationId, fastTrack: z.boolean() });
export const setResponderActiveSchema = z.object({ organisationId, responderId: rowIdSchema, active: z.boolean() });

export const inviteResponderFormSchema = z.object({ email: accountEmailSchema });
export const inviteResponderSchema = inviteResponderFormSchema.extend({ organisationId });
export type InviteResponderInput = z.input<typeof inviteResponderFormSchema>;
export type InviteResponderValues = z.output<typeof inviteResponderFormSchema>;

// The same name and password rules as a moderator account that an admin creates.
export const acceptInvitationSchema = z.object({
  name: createModeratorSchema.shape.name,
  password: createModeratorSchema.shape.password,
});
export type AcceptInvitationInput = z.input<typeof acceptInvitationSchema>;
export type AcceptInvitationValues = z.output<typeof acceptInvitationSchema>;

// The token in an invitation link: what lib/auth/session-token.ts draws (43 base64url characters).
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

// An address belongs to a domain only when everything after its last "@" is that domain,
// exactly: "x@evilmalmo.se" and "x@malmo.se.evil.com" are not at malmo.se.
export function emailInDomains(email: string, domains: readonly string[]): boolean {
  const at = email.lastIndexOf("@");
  if (at < 1) return false;
  const domain = email.slice(at + 1).toLowerCase();
  return domains.some((allowed) => allowed.toLowerCase() === domain);
}
