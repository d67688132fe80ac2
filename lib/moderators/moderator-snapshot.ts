import type { Prisma } from "@/generated/prisma/client";

// The fields of an account that the audit log and the accounts page may show. The password
// hash is left out here, once, so no caller can copy it into a log row by accident.
export const moderatorPublicSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  active: true,
} satisfies Prisma.ModeratorSelect;

export type ModeratorSummary = Prisma.ModeratorGetPayload<{ select: typeof moderatorPublicSelect }>;

export function moderatorSnapshot(moderator: ModeratorSummary) {
  return { name: moderator.name, email: moderator.email, role: moderator.role, active: moderator.active };
}
