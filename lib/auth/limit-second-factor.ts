import { db } from "@/lib/db";

export const TOTP_FAILURE_LIMIT = 10;
export const TOTP_FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const TOTP_LOCK_MS = 15 * 60 * 1000;

export type SecondFactorOutcome = { status: "checked"; valid: boolean } | { status: "locked"; until: Date };

// Whoever reaches the code has the account's password, so here the account itself is slowed
// down, whatever address or browser the codes come from: after ten wrong codes in fifteen
// minutes no code is checked for fifteen minutes, not even the right one. A six-digit code
// falls to a few hundred thousand guesses; counted per address, a botnet had them all.
// The failure is written before the code is checked and taken back if it proves right, so
// concurrent guesses cannot slip past the count: the n-th row written sees at least n rows.
export async function limitSecondFactor({
  moderatorId,
  lockedUntil,
  check,
  now = new Date(),
}: {
  moderatorId: string;
  // As read with the account, so an ongoing lock costs no further query.
  lockedUntil: Date | null;
  check: () => Promise<boolean>;
  now?: Date;
}): Promise<SecondFactorOutcome> {
  if (lockedUntil && lockedUntil > now) return { status: "locked", until: lockedUntil };
  const since = new Date(now.getTime() - TOTP_FAILURE_WINDOW_MS);
  const failure = await db.totpFailure.create({ data: { moderatorId, at: now }, select: { id: true } });
  await db.totpFailure.deleteMany({ where: { moderatorId, at: { lte: since } } });
  const failures = await db.totpFailure.count({ where: { moderatorId, at: { gt: since } } });
  if (failures > TOTP_FAILURE_LIMIT) {
    // Refused unchecked, so not a failure; the lock may still be on its way from the tenth.
    await db.totpFailure.deleteMany({ where: { id: failure.id } });
    return { status: "locked", until: await lockSecondFactor({ moderatorId, now }) };
  }
  if (await check()) {
    await db.totpFailure.deleteMany({ where: { id: failure.id } });
    return { status: "checked", valid: true };
  }
  if (failures === TOTP_FAILURE_LIMIT) await lockSecondFactor({ moderatorId, now });
  return { status: "checked", valid: false };
}

// Locks for fifteen minutes from now, unless a lock is already in force; returns its end.
async function lockSecondFactor({ moderatorId, now }: { moderatorId: string; now: Date }): Promise<Date> {
  await db.moderator.updateMany({
    where: { id: moderatorId, OR: [{ totpLockedUntil: null }, { totpLockedUntil: { lte: now } }] },
    data: { totpLockedUntil: new Date(now.getTime() + TOTP_LOCK_MS) },
  });
  const { totpLockedUntil } = await db.moderator.findUniqueOrThrow({ where: { id: moderatorId }, select: { totpLockedUntil: true } });
  return totpLockedUntil ?? new Date(now.getTime() + TOTP_LOCK_MS);
}
