import { db, type Tx } from "@/lib/db";
import { SESSION_MAX_AGE_SECONDS } from "./session-activity";
import { newSessionToken, sessionRowId } from "./session-token";

// Called at login (and when a session is renewed after the account's own security change):
// the returned token goes into the session cookie, and the session lives as long as its row.
// The row never outlives the absolute limit counted from the original login.
export async function startModeratorSession({
  moderatorId,
  loginAt,
  tx = db,
}: {
  moderatorId: string;
  loginAt: number;
  tx?: Tx | typeof db;
}): Promise<string> {
  const token = newSessionToken();
  await tx.moderatorSession.create({
    data: { id: sessionRowId(token), moderatorId, expiresAt: new Date(loginAt + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return token;
}
