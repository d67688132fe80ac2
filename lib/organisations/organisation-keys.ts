import { contentKeys } from "@/lib/cache/content-keys";

// What readers see of an organisation (its name, contact, municipalities, whether it answers)
// is on every page that records `organisations`, and on the lists of its municipalities.
export function organisationKeys(...municipalityCodeLists: readonly (readonly string[])[]): string[] {
  const codes = new Set(municipalityCodeLists.flat());
  return [contentKeys.organisations(), ...[...codes].sort().map(contentKeys.municipality)];
}
