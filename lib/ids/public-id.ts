// The shapes a public id (Story, Reply, Comment) can have. Anything else cannot name a row, so
// callers answer it like an unknown id without a query.
//
// - nanoid: what Prisma makes today (prisma/schema.prisma, `@default(nanoid())`): 21 characters
//   of A-Za-z0-9_- drawn from crypto.getRandomValues, 126 bits, no time and no counter.
// - cuid (version 1): what Prisma made before the switch to nanoid. 'c', then the creation time in
//   milliseconds in base 36 (characters 2-9), a counter, a host fingerprint and randomness.
//   Links to those stories are out in the world and must keep working.
const NANOID = /^[A-Za-z0-9_-]{21}$/;
const CUID = /^c[a-z0-9]{24}$/;

export function isPublicId(value: unknown): value is string {
  return typeof value === "string" && (NANOID.test(value) || CUID.test(value));
}

/** The characters of a cuid that encode its creation time, read back as a Date. */
export function cuidTimestamp(id: string): Date | null {
  if (!CUID.test(id)) return null;
  return new Date(parseInt(id.slice(1, 9), 36));
}
