import { db } from "@/lib/db";
import { moderatorAccountWhere } from "@/lib/roles/moderator-roles";
import { type ModeratorSummary, moderatorPublicSelect } from "./moderator-snapshot";

// Active accounts first, then by name; never the password hash. Responders are listed with their
// organisation (/mod/organisationer/<id>), not here.
export function listModerators(): Promise<ModeratorSummary[]> {
  return db.moderator.findMany({
    where: moderatorAccountWhere,
    select: moderatorPublicSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
  });
}
