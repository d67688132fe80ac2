import { describe, expect, it } from "vitest";
import { hasSlug, slugify } from "./slugify";

describe("slugify", () => {
  it("turns Swedish letters into plain ASCII", () => {
    expect(slugify("Äldreomsorg")).toBe("aldreomsorg");
    expect(slugify("Våld i nära relationer")).toBe("vald-i-nara-relationer");
    expect(slugify("Beslut och överklagande")).toBe("beslut-och-overklagande");
    expect(slugify("ÅÄÖ åäö")).toBe("aao-aao");
  });

  it("drops other accents and punctuation", () => {
    expect(slugify("Café & crème – “bra”!")).toBe("cafe-creme-bra");
    expect(slugify("  --Hej!!  Då--  ")).toBe("hej-da");
  });

  it("keeps digits and collapses runs of separators", () => {
    expect(slugify("LSS 9 §  punkt 8")).toBe("lss-9-punkt-8");
  });

  it("limits the length without leaving a trailing hyphen", () => {
    const slug = slugify(`${"a".repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
  });

  it("reports text that gives no slug at all", () => {
    expect(hasSlug("!!!")).toBe(false);
    expect(hasSlug("")).toBe(false);
    expect(hasSlug("Bostad")).toBe(true);
  });
});
