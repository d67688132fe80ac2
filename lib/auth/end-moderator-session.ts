import { db } from "@/lib/db";
import { sessionRowId } from "./session-token";

// Sign-out: this one session ends on the server, so a copy of its cookie opens nothing after.
export async function endModeratorSession({ token }: { token: string }): Promise<void> {
  await db.moderatorSession.deleteMany({ where: { id: sessionRowId(token) } });
}
