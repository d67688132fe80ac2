import { describe, expect, it } from "vitest";
import { byNameIn, localizedTagDescription, localizedTagName } from "./localized-tag";

const translated = { name: "Äldreomsorg", nameFi: "Vanhustenhuolto", nameEn: "Elderly care", description: "Om hemtjänst", descriptionFi: "Kotipalvelu", descriptionEn: "Home care" };
const untranslated = { name: "Ekonomiskt bistånd", nameFi: "", nameEn: "  ", description: "Om bistånd", descriptionFi: "", descriptionEn: "" };

describe("a theme's name in the page's language", () => {
  it("gives the Finnish, English or Swedish name and description", () => {
    expect(localizedTagName(translated, "fi")).toBe("Vanhustenhuolto");
    expect(localizedTagName(translated, "en")).toBe("Elderly care");
    expect(localizedTagName(translated, "sv")).toBe("Äldreomsorg");
    expect(localizedTagDescription(translated, "fi")).toBe("Kotipalvelu");
    expect(localizedTagDescription(translated, "en")).toBe("Home care");
  });

  it("falls back to Swedish only when the translation is empty", () => {
    expect(localizedTagName(untranslated, "fi")).toBe("Ekonomiskt bistånd");
    expect(localizedTagName(untranslated, "en")).toBe("Ekonomiskt bistånd");
    expect(localizedTagDescription(untranslated, "en")).toBe("Om bistånd");
  });
});

describe("sorting themes by name follows the page's language", () => {
  const names = ["Äiti", "Zeta", "Aamu", "Öljy"].map((name) => ({ name }));
  it("puts Ä and Ö after Z in Finnish and Swedish", () => {
    expect([...names].sort(byNameIn("fi")).map((tag) => tag.name)).toEqual(["Aamu", "Zeta", "Äiti", "Öljy"]);
    expect([...names].sort(byNameIn("sv")).map((tag) => tag.name)).toEqual(["Aamu", "Zeta", "Äiti", "Öljy"]);
  });

  it("sorts Ä with A and Ö with O in English", () => {
    expect([...names].sort(byNameIn("en")).map((tag) => tag.name)).toEqual(["Aamu", "Äiti", "Öljy", "Zeta"]);
  });
});
