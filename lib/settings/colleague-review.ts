import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { moderatorAccountWhere } from "@/lib/roles/moderator-roles";
import { getSiteSettings } from "./get-site-settings";

// Colleague review ("Svar granskas av en kollega innan de publiceras") is on by default. It is in
// force only while at least two moderators are active: with one, nobody could approve, and a
// new install (one admin) would have a queue nobody can empty. The admin cannot switch it on
// then; it comes into force by itself when the second account is made. Once in force, it stays
// in force when a deactivation leaves one moderator (colleagueReviewHeld), and switching it off
// takes a colleague's approval (lib/settings/review-setting-change.ts).
export const COLLEAGUE_REVIEW_MINIMUM = 2;

export type ColleagueReviewState = { enabled: boolean; activeModerators: number; inForce: boolean };

export async function getColleagueReview(tx: Tx = db): Promise<ColleagueReviewState> {
  const [{ colleagueReview }, held, activeModerators] = await Promise.all([
    getSiteSettings(tx),
    tx.siteSetting.findUnique({ where: { id: 1 }, select: { colleagueReviewHeld: true } }),
    tx.moderator.count({ where: { active: true, ...moderatorAccountWhere } }),
  ]);
  const inForce = colleagueReview && (activeModerators >= COLLEAGUE_REVIEW_MINIMUM || Boolean(held?.colleagueReviewHeld));
  return { enabled: colleagueReview, activeModerators, inForce };
}

// In force, but held with one active moderator: prepared decisions wait for a colleague.
export function waitsForColleague(state: ColleagueReviewState): boolean {
  return state.inForce && state.activeModerators < COLLEAGUE_REVIEW_MINIMUM;
}
