// The one Swedish sort order, for every list people scan by name: themes, municipalities, the
// themes on a story. Sorted here rather than by the database, whose collation differs between
// PGlite and servers (an en_US server would put "Äldreomsorg" among the A's). One collator is
// also cheaper than a localeCompare per comparison.
const swedish = new Intl.Collator("sv");

export const compareSwedish = (a: string, b: string): number => swedish.compare(a, b);

export const bySwedishName = (a: { name: string }, b: { name: string }): number => swedish.compare(a.name, b.name);
