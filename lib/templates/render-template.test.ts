import { describe, expect, it } from "vitest";
import { renderTemplate, templatePlaceholders } from "./render-template";

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
