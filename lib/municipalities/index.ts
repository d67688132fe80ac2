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
