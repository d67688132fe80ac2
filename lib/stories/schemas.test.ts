import { describe, expect, it } from "vitest";
import { storyLimits, storySubmissionSchema } from "./schemas";

const valid = {
  title: "Ett möte med socialtjänsten",
  body: "a".repeat(storyLimits.bodyMin),
  tagIds: ["tag-1"],
  municipalityCode: "0180",
  authorRole: "KLIENT",
  consent: true,
};

function errorsOf(input: unknown) {
  const result = storySubmissionSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("storySubmissionSchema", () => {
  it("accepts a complete submission and leaves optional answers as null when not given", () => {
    expect(storySubmissionSchema.parse(valid)).toMatchObject({ municipalityCode: "0180", authorRole: "KLIENT" });
    const parsed = storySubmissionSchema.parse({ ...valid, municipalityCode: "", authorRole: "" });
    expect(parsed.municipalityCode).toBeNull();
    expect(parsed.authorRole).toBeNull();
  });

  it("enforces the title length after trimming", () => {
    expect(errorsOf({ ...valid, title: "a".repeat(storyLimits.titleMin) })).toEqual({});
    expect(errorsOf({ ...valid, title: "a".repeat(storyLimits.titleMax) })).toEqual({});
    expect(errorsOf({ ...valid, title: `  ${"a".repeat(storyLimits.titleMin - 1)}   ` })).toEqual({ title: "titleTooShort" });
    expect(errorsOf({ ...valid, title: "a".repeat(storyLimits.titleMax + 1) })).toEqual({ title: "titleTooLong" });
    expect(errorsOf({ ...valid, title: "    " }).title).toBe("titleRequired");
  });

  it("enforces the body length on trimmed text with normalised line endings", () => {
    expect(errorsOf({ ...valid, body: "a".repeat(storyLimits.bodyMax) })).toEqual({});
    expect(errorsOf({ ...valid, body: "a".repeat(storyLimits.bodyMax + 1) })).toEqual({ body: "bodyTooLong" });
    expect(errorsOf({ ...valid, body: `\n  ${"a".repeat(storyLimits.bodyMin - 1)}  \n` })).toEqual({ body: "bodyTooShort" });
    // 198 letters and one Windows line break: 200 characters as sent, 199 once normalised.
    const windows = `${"a".repeat(99)}\r\n${"a".repeat(99)}`;
    expect(windows).toHaveLength(200);
    expect(errorsOf({ ...valid, body: windows })).toEqual({ body: "bodyTooShort" });
  });

  it("stores trimmed text with \\n line breaks only", () => {
    const body = `  Första stycket.\r\n\r\nAndra stycket.\rTredje.${"a".repeat(storyLimits.bodyMin)}  `;
    const parsed = storySubmissionSchema.parse({ ...valid, title: "  Ett   möte\tmed dem ", body });
    expect(parsed.title).toBe("Ett möte med dem");
    expect(parsed.body.startsWith("Första stycket.\n\nAndra stycket.\nTredje.")).toBe(true);
    expect(parsed.body).not.toMatch(/\r|^\s|\s$/);
  });

  it("requires one to five distinct tags", () => {
    expect(errorsOf({ ...valid, tagIds: [] })).toEqual({ tagIds: "tagsRequired" });
    expect(errorsOf({ ...valid, tagIds: ["1", "2", "3", "4", "5"] })).toEqual({});
    expect(errorsOf({ ...valid, tagIds: ["1", "2", "3", "4", "5", "6"] })).toEqual({ tagIds: "tagsTooMany" });
    expect(errorsOf({ ...valid, tagIds: ["1", "1"] })).toEqual({ tagIds: "tagsDuplicate" });
  });

  it("rejects a municipality code that is not one of the 290", () => {
    expect(errorsOf({ ...valid, municipalityCode: "9999" })).toEqual({ municipalityCode: "municipalityUnknown" });
    expect(errorsOf({ ...valid, municipalityCode: "Stockholm" })).toEqual({ municipalityCode: "municipalityUnknown" });
  });

  it("rejects an unknown role and a missing consent", () => {
    expect(errorsOf({ ...valid, authorRole: "CHEF" })).toEqual({ authorRole: "roleUnknown" });
    expect(errorsOf({ ...valid, consent: false })).toEqual({ consent: "consentRequired" });
    expect(errorsOf({ ...valid, consent: "true" })).toEqual({ consent: "consentRequired" });
  });

  it("takes the author's answer to whether someone is in danger now, none by default", () => {
    expect(storySubmissionSchema.parse(valid).danger).toEqual([]);
    expect(storySubmissionSchema.parse({ ...valid, danger: ["CHILD_AT_RISK", "VIOLENCE"] }).danger).toEqual(["CHILD_AT_RISK", "VIOLENCE"]);
    // A staff threat is the moderators' judgement, not an answer the form offers.
    expect(errorsOf({ ...valid, danger: ["STAFF_THREAT"] })).toEqual({ "danger.0": "dangerUnknown" });
    expect(errorsOf({ ...valid, danger: ["SUICIDE", "SUICIDE"] })).toEqual({ danger: "dangerUnknown" });
    expect(errorsOf({ ...valid, danger: "SUICIDE" })).toEqual({ danger: "dangerUnknown" });
  });

  it("reports every missing field with a message key, never a language-specific text", () => {
    const errors = errorsOf({});
    expect(Object.keys(errors).sort()).toEqual(["authorRole", "body", "consent", "municipalityCode", "tagIds", "title"]);
    for (const message of Object.values(errors)) expect(message).toMatch(/^[a-z][A-Za-z]+$/);
  });
});
