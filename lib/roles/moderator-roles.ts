import type { Prisma, Role } from "@/generated/prisma/client";

// The moderator area's roles. Responders are rows of the same table (they log in the same way)
// but are never moderators: a page or action names its roles, and responders are never among
// these.
export const MODERATOR_ROLES = ["MODERATOR", "ADMIN"] as const satisfies readonly Role[];

// The one filter for "moderators" wherever accounts are counted or listed as moderators (the
// accounts page, colleague review's two active moderators …): without it an active responder
// would count as a colleague.
export const moderatorAccountWhere = { role: { in: [...MODERATOR_ROLES] } } satisfies Prisma.ModeratorWhereInput;
