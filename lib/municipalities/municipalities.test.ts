import { describe, it, expect } from "vitest";
import {
  findMunicipalityByCode,
  findMunicipalityByInput,
  findMunicipalityBySlug,
  municipalities,
  municipalityCodes,
} from "./index";

const expectedCountyCounts: Record<string, number> = {
  "Stockholms län": 26,
  "Uppsala län": 8,
  "Södermanlands län": 9,
  "Östergötlands län": 13,
  "Jönköpings län": 13,
  "Kronobergs län": 8,
  "Kalmar län": 12,
  "Gotlands län": 1,
  "Blekinge län": 5,
  "Skåne län": 33,
  "Hallands län": 6,
  "Västra Götalands län": 49,
  "Värmlands län": 16,
  "Örebro län": 12,
  "Västmanlands län": 10,
  "Dalarnas län": 15,
  "Gävleborgs län": 10,
  "Västernorrlands län": 7,
  "Jämtlands län": 8,
  "Västerbottens län": 15,
  "Norrbottens län": 14,
};

describe("municipalities", () => {
  it("has 290 entries", () => {
    expect(municipalities).toHaveLength(290);
    expect(municipalityCodes).toHaveLength(290);
  });

  it("has unique four-digit codes", () => {
    expect(new Set(municipalityCodes).size).toBe(290);
    for (const code of municipalityCodes) expect(code).toMatch(/^\d{4}$/);
  });

  it("has unique well-formed slugs", () => {
    const slugs = municipalities.map((m) => m.slug);
    expect(new Set(slugs).size).toBe(290);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("has the expected number per county", () => {
    const counts: Record<string, number> = {};
    for (const m of municipalities) counts[m.county] = (counts[m.county] ?? 0) + 1;
    expect(counts).toEqual(expectedCountyCounts);
  });

  it.each([
    ["0180", "Stockholm"],
    ["1480", "Göteborg"],
    ["1280", "Malmö"],
    ["2584", "Kiruna"],
    ["0980", "Gotland"],
  ])("maps %s to %s", (code, name) => {
    expect(findMunicipalityByCode(code)?.name).toBe(name);
  });

  it("finds by slug", () => {
    expect(findMunicipalityBySlug("upplands-vasby")?.code).toBe("0114");
    expect(findMunicipalityBySlug("goteborg")?.code).toBe("1480");
    expect(findMunicipalityBySlug("malung-salen")?.code).toBe("2023");
    expect(findMunicipalityBySlug("habo-uppsala")?.name).toBe("Håbo");
    expect(findMunicipalityBySlug("habo-jonkoping")?.name).toBe("Habo");
  });

  it("returns undefined for unknown input", () => {
    expect(findMunicipalityByCode("9999")).toBeUndefined();
    expect(findMunicipalityByCode("")).toBeUndefined();
    expect(findMunicipalityBySlug("atlantis")).toBeUndefined();
    expect(findMunicipalityBySlug("")).toBeUndefined();
  });
});

describe("findMunicipalityByInput", () => {
  it("finds a municipality by its name in any case, without diacritics, or by its slug", () => {
    for (const input of ["Alingsås", "alingsås", "ALINGSÅS", "alingsas", "  Alingsås  kommun ", "alingsas"]) {
      expect(findMunicipalityByInput(input)?.slug).toBe("alingsas");
    }
    expect(findMunicipalityByInput("Upplands Väsby")?.slug).toBe("upplands-vasby");
    expect(findMunicipalityByInput("upplands vasby")?.slug).toBe("upplands-vasby");
  });

  it("tells Håbo from Habo, and finds neither by the word they share without its ring", () => {
    expect(findMunicipalityByInput("Håbo")?.slug).toBe("habo-uppsala");
    expect(findMunicipalityByInput("habo")?.slug).toBe("habo-jonkoping");
    expect(findMunicipalityByInput("habo-uppsala")?.name).toBe("Håbo");
    expect(findMunicipalityByInput("HABO")?.name).toBe("Habo");
  });

  it("finds every municipality by its own name and slug", () => {
    for (const m of municipalities) {
      expect(findMunicipalityByInput(m.name)).toBe(m);
      expect(findMunicipalityByInput(m.slug)).toBe(m);
    }
  });

  it("finds nothing for text that names no municipality", () => {
    for (const input of ["", "   ", "kommun", "Atlantis", "Göteborg Stockholm", "<script>", "a".repeat(500)]) {
      expect(findMunicipalityByInput(input)).toBeUndefined();
    }
  });
});
