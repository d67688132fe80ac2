import { db } from "@/lib/db";
import { type ModeratorSummary, moderatorPublicSelect } from "./moderator-snapshot";

// Active accounts first, then by name; never the password hash.
export function listModerators(): Promise<ModeratorSummary[]> {
  return db.moderator.findMany({
    select: moderatorPublicSelect,
    orderBy: [{ active: "desc" }, { name: "asc" }, { id: "asc" }],
  });
}
