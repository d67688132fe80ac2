import { describe, expect, it } from "vitest";
import { renderTemplate, templateFactKeys, templatePlaceholders } from "./render-template";

describe("renderTemplate", () => {
  it("replaces known placeholders, with or without inner spaces", () => {
    expect(renderTemplate("Skäl: {{reason}}. Igen: {{ reason }}", { reason: "namn" })).toBe("Skäl: namn. Igen: namn");
  });

  it("leaves unknown and empty placeholders visible", () => {
    expect(renderTemplate("Hej {{name}}, {{reason}}", { reason: "  " })).toBe("Hej {{name}}, {{reason}}");
  });

  it("inserts values as plain text without re-expanding them", () => {
    expect(renderTemplate("{{a}} {{b}}", { a: "{{b}}", b: "x" })).toBe("{{b}} x");
    expect(renderTemplate("{{a}}", { a: "<b>$& $1</b>" })).toBe("<b>$& $1</b>");
  });

  it("ignores values from the object prototype", () => {
    expect(renderTemplate("{{toString}}", {})).toBe("{{toString}}");
  });

  it("trims inserted values and keeps the rest of the text untouched", () => {
    expect(renderTemplate("Rad 1\n\n{{reason}}\n\nRad 3", { reason: " Skälet \n" })).toBe("Rad 1\n\nSkälet\n\nRad 3");
  });

  it("lists each placeholder once", () => {
    expect(templatePlaceholders("{{reason}} {{ name }} {{reason}} {not}")).toEqual(["reason", "name"]);
  });
});

describe("fact references", () => {
  const facts = { "ivo-vaxel": "010-788 50 00", bris: "116 111" };

  it("fill {{fakta:key}} with the fact's current value, in the same pass as placeholders", () => {
    expect(renderTemplate("IVO ({{fakta:ivo-vaxel}}), BRIS {{ fakta:bris }}. {{reason}}", { reason: "Skäl" }, facts)).toBe(
      "IVO (010-788 50 00), BRIS 116 111. Skäl",
    );
  });

  it("leave an unknown fact visible and never read a placeholder's value for a fact", () => {
    expect(renderTemplate("{{fakta:finns-inte}} {{fakta:reason}}", { reason: "x" }, facts)).toBe("{{fakta:finns-inte}} {{fakta:reason}}");
    expect(templateFactKeys("{{fakta:a-b}} {{fakta:a-b}} {{ fakta:c }} {{reason}} {{fakta:Stor}}")).toEqual(["a-b", "c"]);
    expect(templatePlaceholders("{{fakta:a-b}} {{reason}}")).toEqual(["reason"]);
  });

  it("insert a value holding references or markup as inert text", () => {
    const hostile = { "ivo-vaxel": "{{fakta:bris}} {{reason}} <script>alert(1)</script> $&" };
    expect(renderTemplate("{{fakta:ivo-vaxel}}", { reason: "x" }, { ...facts, ...hostile })).toBe(
      "{{fakta:bris}} {{reason}} <script>alert(1)</script> $&",
    );
    expect(renderTemplate("{{fakta:constructor}}", {}, {})).toBe("{{fakta:constructor}}");
  });
});
