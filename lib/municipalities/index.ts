import data from "./kommuner.json";

export type Municipality = { code: string; name: string; county: string; slug: string };

export const municipalities: readonly Municipality[] = data;

const byCode = new Map(municipalities.map((m) => [m.code, m]));
const bySlug = new Map(municipalities.map((m) => [m.slug, m]));

export const municipalityCodes: readonly string[] = municipalities.map((m) => m.code);

export function findMunicipalityByCode(code: string): Municipality | undefined {
  return byCode.get(code);
}

export function findMunicipalityBySlug(slug: string): Municipality | undefined {
  return bySlug.get(slug);
}

// What a reader may type in the municipality filter, reduced the way slugs are made: "Göteborg",
// "göteborg" and "goteborg" are the same place.
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const byName = new Map(municipalities.map((m) => [m.name.toLocaleLowerCase("sv"), m]));
const byFoldedName = new Map<string, Municipality | null>();
for (const m of municipalities) {
  const key = fold(m.name);
  // Håbo and Habo fold to the same word; such a word names neither (null).
  byFoldedName.set(key, byFoldedName.has(key) ? null : m);
}

// The municipality a reader means by what they typed or picked in the filter: its name in any
// case ("Alingsås", "alingsås"), the name without å, ä, ö when that names only one
// ("alingsas"), the slug an address carries ("habo-jonkoping"), or its four-digit code
// ("1489", as statistics and other services name it). A trailing "kommun" is allowed. Undefined when the text names no municipality, or more than one.
export function findMunicipalityByInput(input: string): Municipality | undefined {
  const text = input.trim().replace(/\s+/g, " ").replace(/ kommun$/i, "");
  if (text === "") return undefined;
  return byName.get(text.toLocaleLowerCase("sv")) ?? bySlug.get(text) ?? byCode.get(text) ?? byFoldedName.get(fold(text)) ?? undefined;
}
