import { describe, expect, it } from "vitest";
import storyLanguageSv from "@/messages/sv/story-language.json";
import { storyLimits, storySubmissionSchema } from "./schemas";

const valid = {
  title: "Ett möte med socialtjänsten",
  body: "a".repeat(storyLimits.bodyMin),
  tagIds: ["tag-1"],
  municipalityCode: "",
  authorRole: "",
  consent: true,
};

describe("the story's language in storySubmissionSchema", () => {
  it.each(["sv", "fi", "en"] as const)("accepts %s and keeps it", (language) => {
    expect(storySubmissionSchema.parse({ ...valid, language }).language).toBe(language);
  });

  it("is Swedish when a caller sends none (the form always sends one)", () => {
    expect(storySubmissionSchema.parse(valid).language).toBe("sv");
  });

  it.each(["de", "SV", "", "fi-FI", 3, null])("refuses %j with a key that has a Swedish message beside the field", (language) => {
    const result = storySubmissionSchema.safeParse({ ...valid, language });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.filter((issue) => issue.path.join(".") === "language");
    expect(issues.map((issue) => issue.message)).toEqual(["languageUnknown"]);
    const text = (storyLanguageSv.StoryLanguage.errors as Record<string, string>).languageUnknown;
    expect(text).toMatch(/^Välj/);
  });
});
