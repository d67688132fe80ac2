import { describe, expect, it } from "vitest";
import { normalizeForDetection } from "./normalize-for-detection";

describe("normalizeForDetection", () => {
  it("leaves plain Swedish text alone, offsets and all", () => {
    const text = "Handläggaren på Åsgatan sa – helt lugnt – att allt var klart 2023.";
    const normalized = normalizeForDetection(text);
    expect(normalized.text).toBe(text);
    expect(normalized.toOriginal(5, 9)).toEqual({ start: 5, end: 9 });
  });

  it.each([
    ["19121212\u200B-1212", "19121212-1212"],
    ["1912\u00AD1212\u2060-\uFEFF1212", "19121212-1212"],
    ["121212\u20111212", "121212-1212"],
    ["121212\u22121212", "121212-1212"],
    ["\uFF11\uFF12\uFF11\uFF12\uFF11\uFF12\uFF0D\uFF11\uFF12\uFF11\uFF12", "121212-1212"],
    ["\u0661\u0662\u0661\u0662\u0661\u0662-\u0661\u0662\u0661\u0662", "121212-1212"],
    ["anna\uFF20example.se", "anna@example.se"],
    ["070\u00A0123\u202F45\u200967", "070 123 45 67"],
    ["1\u03342\u0334", "12"],
    ["a\u030Asa", "åsa"],
  ])("reads %j as %j", (written, read) => {
    expect(normalizeForDetection(written).text).toBe(read);
  });

  it("turns an en dash into a hyphen only next to a digit, where it joins a number", () => {
    expect(normalizeForDetection("070\u2013123 45 67 \u2013 Anna sa").text).toBe("070-123 45 67 - Anna sa");
    expect(normalizeForDetection("Hon sa \u2013 Anna, kom \u200B hit").text).toBe("Hon sa \u2013 Anna, kom  hit");
  });

  it("maps every span back to the author's characters, also where NFKC changed the length", () => {
    const text = "½ \u200Bmitt nr ١٢ och ﬀ 19121212\u00AD-1212.";
    const normalized = normalizeForDetection(text);
    expect(normalized.text).toBe("1⁄2 mitt nr 12 och ff 19121212-1212.");
    const at = (needle: string) => {
      const start = normalized.text.indexOf(needle);
      const span = normalized.toOriginal(start, start + needle.length);
      return text.slice(span.start, span.end);
    };
    expect(at("19121212-1212")).toBe("19121212\u00AD-1212");
    expect(at("12 och")).toBe("١٢ och");
    expect(at("1⁄2")).toBe("½");
    expect(at("2")).toBe("½");
    expect(at("f")).toBe("ﬀ");
    expect(at("mitt")).toBe("mitt");
  });
});
