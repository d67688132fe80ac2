// A fact not verified within `months` (SiteSetting.factStaleMonths, 12 by default) is stale: its
// owner should check it against its source again. Calendar months, counted in UTC.
export function staleLimit(months: number, now: Date = new Date()): Date {
  const limit = new Date(now);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return limit;
}

// Verified exactly `months` ago still counts as within the period; a moment earlier does not.
export function isFactStale(verifiedAt: Date, months: number, now: Date = new Date()): boolean {
  return verifiedAt.getTime() < staleLimit(months, now).getTime();
}
