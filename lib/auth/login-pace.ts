// How long each source must wait between two attempts on one account, given how many attempts
// on it failed in the current hour from all sources together. Up to the allowance there is no
// pause; after it the pause doubles with every five further failures, up to LOGIN_PACE_MAX_MS.
// Every step divides a UTC day, as rate-limit windows must (lib/rate-limit/rules.ts).
export const PACE_STEPS_SECONDS = [5, 10, 20, 40, 80, 160, 320, 640] as const;
const FAILURES_PER_STEP = 5;

export function loginPaceSeconds({ failures, allowance }: { failures: number; allowance: number }): number {
  if (failures < allowance) return 0;
  const step = Math.floor((failures - allowance) / FAILURES_PER_STEP);
  return PACE_STEPS_SECONDS[Math.min(step, PACE_STEPS_SECONDS.length - 1)];
}
