import { municipalityCodes } from "@/lib/municipalities";

// Rough populations in thousands of the largest municipalities, so bulk stories cluster where
// people live, as real ones would. Every other municipality counts as 15 thousand.
const large: Record<string, number> = {
  "0180": 990, "1480": 600, "1280": 360, "0380": 240, "0580": 170, "1880": 160, "1980": 160,
  "1283": 150, "0581": 145, "0680": 145, "2480": 130, "1281": 128, "1490": 115, "0126": 115,
  "0484": 108, "0182": 108, "2180": 104, "1380": 105, "0181": 102, "2281": 99, "0780": 97,
  "1780": 96, "0127": 96, "0880": 72,
};

export const weightedMunicipalityCodes: readonly string[] = municipalityCodes;
export const municipalityWeights: readonly number[] = municipalityCodes.map((code) => large[code] ?? 15);
