import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { SessionModerator } from "./authenticate-moderator";
import { authOptions } from "./options";

// The JWT only says who logged in. Role and active flag are read from the database on every
// request, so a deactivated or demoted moderator loses access at once.
export async function getModerator(): Promise<SessionModerator | null> {
  const session = (await getServerSession(authOptions)) as { moderatorId?: string } | null;
  if (!session?.moderatorId) return null;
  const moderator = await db.moderator.findUnique({
    where: { id: session.moderatorId },
    select: { id: true, email: true, name: true, role: true, active: true },
  });
  if (!moderator?.active) return null;
  return { id: moderator.id, email: moderator.email, name: moderator.name, role: moderator.role };
}

// For moderator pages: no session → the login page; wrong role → 403.
export async function requireModerator({ role }: { role?: "ADMIN" } = {}): Promise<SessionModerator> {
  const moderator = await getModerator();
  if (!moderator) redirect("/mod/logga-in");
  if (role === "ADMIN" && moderator.role !== "ADMIN") forbidden();
  return moderator;
}
