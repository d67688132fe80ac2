import { describe, expect, it } from "vitest";
import { listKeys, pageKeysOf, storyKeys } from "./content-keys";

const id = "V1StGXR8_Z5jdHi6B-myT";
const keysOf = (address: string) => {
  const url = new URL(address, "http://sakligt.invalid");
  return pageKeysOf(url.pathname, url.searchParams).sort();
};

describe("content keys", () => {
  it("name a story's page and every list it is in", () => {
    expect(storyKeys({ id, tagSlugs: ["boende", "skola"], municipalityCode: "0180" })).toEqual([
      `story:${id}`,
      "list:all",
      "list:tag:boende",
      "list:tag:skola",
      "list:kommun:0180",
    ]);
    expect(listKeys({ tagSlug: "boende", municipalityCode: "0180" }).sort()).toEqual(["list:kommun:0180", "list:tag:boende", "organisations", "tags"]);
    expect(listKeys().sort()).toEqual(["list:all", "organisations", "tags"]);
  });

  it("say what each kept route was built from, and * for what they cannot name", () => {
    expect(keysOf("/")).toEqual(["list:all", "tags"]);
    expect(keysOf("/api/v1/tags")).toEqual(["list:all", "tags"]);
    expect(keysOf("/berattelser?sida=3")).toEqual(["list:all", "organisations", "tags"]);
    expect(keysOf("/berattelser?tagg=")).toEqual(["list:all", "organisations", "tags"]);
    expect(keysOf("/berattelser?tagg=boende&efter=x")).toEqual(["list:tag:boende", "organisations", "tags"]);
    // The page reads the first value, the API the last: both count.
    expect(keysOf("/api/v1/stories?tagg=boende&tagg=skola")).toEqual(["list:tag:boende", "list:tag:skola", "organisations", "tags"]);
    // A municipality, however written, is keyed as the whole list, which every story change names.
    expect(keysOf("/berattelser?kommun=Alingsås")).toEqual(["list:all", "organisations", "tags"]);
    // Answered stories, or one voice: a narrower view of the whole list.
    expect(keysOf("/berattelser?besvarade=1&av=personal")).toEqual(["list:all", "organisations", "tags"]);
    expect(keysOf(`/berattelser/${id}`)).toEqual(["organisations", `story:${id}`, "tags"]);
    expect(keysOf(`/api/v1/stories/${id}/`)).toEqual(["organisations", `story:${id}`, "tags"]);
    expect(keysOf("/berattelser/inte-ett-id")).toEqual(["*"]);
    expect(keysOf("/berattelser/%E0%A4%A")).toEqual(["*"]);
    expect(keysOf("/integritet")).toEqual(["settings"]);
    expect(keysOf("/statistik")).toEqual(["list:all", "tags"]);
    expect(keysOf("/en/statistik")).toEqual(["list:all", "tags"]);
    expect(keysOf("/api/v1/statistics")).toEqual(["list:all", "tags"]);
    // The guide is built from the fact blocks, whatever was chosen and in every language.
    expect(keysOf("/vart-vander-jag")).toEqual(["facts"]);
    expect(keysOf("/vart-vander-jag?fraga=barn")).toEqual(["facts"]);
    expect(keysOf("/fi/vart-vander-jag/?fraga=beslut")).toEqual(["facts"]);
    expect(keysOf("/en/vart-vander-jag")).toEqual(["facts"]);
    expect(keysOf("/sok?q=x")).toEqual(["*"]);
    expect(keysOf("/mod")).toEqual(["*"]);
  });
});
