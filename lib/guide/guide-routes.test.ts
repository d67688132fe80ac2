import { describe, expect, it } from "vitest";
import { blankLetter, buildLetter } from "./build-letter";
import { factHref } from "./fact-href";
import { guideFactKeys, parseSituation, routeOf, situations, stepFacts, steps } from "./guide-routes";
import { localizeFact } from "./localize-fact";
import { seedFacts } from "@/prisma/seed-data";

describe("the guide's routes", () => {
  it("give each situation its own steps, in order", () => {
    expect(routeOf.bemotande).toEqual(["enhetschef", "ivo", "jo"]);
    expect(routeOf.beslut).toEqual(["enhetschef", "overklagande", "jo"]);
    expect(routeOf.handlaggning).toEqual(["enhetschef", "ivo", "jo"]);
    // Worry about a child: an emergency first; staff: the work environment, never IVO.
    expect(routeOf.barn[0]).toBe("akut");
    expect(routeOf.barn).toContain("orosanmalan");
    expect(routeOf.personal).toEqual(["skyddsombud", "arbetsmiljoverket"]);
    // Only a decision is appealed.
    expect(situations.filter((each) => routeOf[each].includes("overklagande"))).toEqual(["beslut"]);
  });

  it("use every step in some route, and each step once per route", () => {
    expect([...new Set(situations.flatMap((each) => routeOf[each]))].sort()).toEqual([...steps].sort());
    for (const each of situations) expect(new Set(routeOf[each]).size).toBe(routeOf[each].length);
  });

  it("read ?fraga= strictly: anything but one known situation shows every route", () => {
    expect(parseSituation("beslut")).toBe("beslut");
    for (const odd of [undefined, "", "BESLUT", "beslut ", "constructor", "__proto__", ["beslut", "barn"]]) expect(parseSituation(odd)).toBeNull();
  });

  it("name only facts the seed brings, each with a Finnish and an English label", () => {
    const seeded = new Map(seedFacts.map((fact) => [fact.key, fact]));
    for (const key of guideFactKeys) {
      expect(seeded.has(key), key).toBe(true);
      expect(seeded.get(key)?.labelFi, key).toBeTruthy();
      expect(seeded.get(key)?.labelEn, key).toBeTruthy();
    }
    // Every step has a time and a way to reach it in its messages or its facts.
    for (const step of steps) expect(stepFacts[step]).toBeDefined();
  });
});

describe("a fact in the page's language", () => {
  const fact = { key: "ivo-svarstid", label: "IVO:s svarstid", value: "2–3 veckor", labelFi: "IVO:n vastausaika", labelEn: "", valueFi: "2–3 viikkoa", valueEn: " " };

  it("uses the translation where there is one and Swedish, field by field, where there is none", () => {
    expect(localizeFact(fact, "sv")).toEqual({ key: "ivo-svarstid", label: "IVO:s svarstid", value: "2–3 veckor" });
    expect(localizeFact(fact, "fi")).toEqual({ key: "ivo-svarstid", label: "IVO:n vastausaika", value: "2–3 viikkoa" });
    expect(localizeFact(fact, "en")).toEqual({ key: "ivo-svarstid", label: "IVO:s svarstid", value: "2–3 veckor" });
  });
});

describe("links to a fact", () => {
  it("dial a number, open a web address, and leave anything else as text", () => {
    expect(factHref("phone", "010-788 50 00")).toBe("tel:0107885000");
    expect(factHref("phone", "ring oss")).toBeNull();
    expect(factHref("web", "ivo.se")).toBe("https://ivo.se/");
    expect(factHref("web", "https://www.jo.se/anmal")).toBe("https://www.jo.se/anmal");
    expect(factHref("web", "javascript:alert(1)")).toBeNull();
    expect(factHref("web", "javascript://x/%0aalert(1)")).toBeNull();
    expect(factHref("web", "inte en adress")).toBeNull();
    expect(factHref("text", "ivo.se")).toBeNull();
  });
});

describe("the letter draft", () => {
  const text = (key: string, values: Record<string, string> = {}) => `${key}${Object.values(values).map((value) => `(${value})`).join("")}`;

  it("puts what was filled in where it belongs, and a blank for each empty field", () => {
    const letter = buildLetter({ recipient: "ivo", what: "Ingen ringde tillbaka.", when: "i oktober", office: "Socialkontoret Norr", want: "Ett svar." }, text, "IVO");
    expect(letter.split("\n\n")).toEqual(["toIvo(IVO)\nconcerns(Socialkontoret Norr)", "subjectIvo", "happened\nIngen ringde tillbaka.", "when(i oktober)", "want\nEtt svar.", "closing\nsignature"]);
    const blank = buildLetter(blankLetter, text, "IVO");
    expect(blank).toContain("recipientBlank(IVO)");
    expect(blank).toContain("concerns(blankOffice)");
    expect(blank).toContain("blankWhat");
    expect(buildLetter({ ...blankLetter, recipient: "enhetschef", what: "x" }, text, "IVO").startsWith("toManager\n")).toBe(true);
  });
});
