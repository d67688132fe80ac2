import { describe, it, expect } from "vitest";
import { toPublicComment, toPublicReply, toPublicStory } from "./to-public-story";

const publishedAt = new Date("2026-11-02T09:00:00Z");

// A whole database row, as a careless caller might pass it: every private field present.
const fullRow = {
  id: "story1",
  status: "PUBLISHED",
  title: "Rubrik",
  body: "Text",
  originalTitle: "ORIGINAL RUBRIK",
  originalBody: "Originaltext med namn",
  authorRole: "ANHORIG" as const,
  municipalityCode: "0180",
  receiptTokenHash: "hash-secret",
  rejectionReason: "skäl",
  createdAt: new Date("2026-11-01T09:00:00Z"),
  updatedAt: new Date("2026-11-02T10:00:00Z"),
  decidedAt: publishedAt,
  publishedAt,
  moderatorId: "mod1",
  language: "fi" as const,
  tags: [
    { tag: { slug: "bemotande", name: "Bemötande", nameFi: "Kohtelu", nameEn: "", id: "t1", createdAt: publishedAt } },
    { tag: { slug: "aldreomsorg", name: "Äldreomsorg", nameFi: "Vanhustenhuolto", nameEn: "Elderly care", id: "t2", createdAt: publishedAt } },
  ],
  answers: [
    {
      id: "answer1",
      body: "Tack för att du berättar.",
      status: "PUBLISHED",
      moderatorComment: "intern-kommentar",
      writtenBy: { name: "Svarsperson Hemlig", email: "svarsperson@malmo.se" },
      publishedAt,
      organisation: { id: "org1", name: "Socialtjänsten, Malmö stad", contactEmail: "kontakt@malmo.se", emailDomains: ["malmo.se"] },
      marks: [{ id: "mark1", kind: "CHANGE_MADE" as const, description: "Nya rutiner", markedOn: new Date("2026-11-20T00:00:00Z"), decidedById: "mod2" }],
    },
  ],
};

describe("toPublicStory", () => {
  it("keeps exactly the public fields, whatever the row carries", () => {
    const story = toPublicStory(fullRow);
    expect(Object.keys(story).sort()).toEqual(
      ["answers", "authorRole", "body", "id", "language", "municipality", "publishedAt", "tags", "title"].sort(),
    );
    expect(story.tags).toEqual([
      { slug: "bemotande", name: "Bemötande" },
      { slug: "aldreomsorg", name: "Äldreomsorg" },
    ]);
    const json = JSON.stringify(story);
    expect(story.answers).toEqual([
      {
        organisation: { name: "Socialtjänsten, Malmö stad", contactEmail: "kontakt@malmo.se" },
        body: "Tack för att du berättar.",
        publishedAt: "2026-11-02",
        marks: [{ kind: "CHANGE_MADE", description: "Nya rutiner", date: "2026-11-20" }],
      },
    ]);
    for (const secret of ["hash-secret", "ORIGINAL", "Originaltext", "skäl", "mod1", "2026-11-01", "t1", "Hemlig", "svarsperson@", "intern-kommentar", "org1", "answer1", "mark1", "mod2"]) {
      expect(json).not.toContain(secret);
    }
  });

  it("names the municipality from its code", () => {
    expect(toPublicStory(fullRow).municipality).toEqual({ code: "0180", name: "Stockholm", slug: "stockholm" });
    expect(toPublicStory({ ...fullRow, municipalityCode: null }).municipality).toBeNull();
    expect(toPublicStory({ ...fullRow, municipalityCode: "9999" }).municipality).toBeNull();
  });
});

describe("toPublicReply and toPublicComment", () => {
  it("leave out moderator, template and moderation fields, and give days, not moments", () => {
    const reply = toPublicReply({ id: "r1", body: "Svar", publishedAt, moderatorId: "mod1", templateId: "tp" } as never);
    expect(reply).toEqual({ id: "r1", body: "Svar", publishedAt: "2026-11-02", amendedAt: null });
    // Half past midnight in Stockholm is the next day there.
    const amendedAt = new Date("2026-11-02T23:30:00.123Z");
    expect(toPublicReply({ id: "r1", body: "Svar", publishedAt, amendedAt, amendedById: "mod2" } as never)).toEqual({
      id: "r1",
      body: "Svar",
      publishedAt: "2026-11-02",
      amendedAt: "2026-11-03",
    });
    const comment = toPublicComment({
      id: "c1",
      body: "Kommentar",
      createdAt: publishedAt,
      status: "APPROVED",
      rejectionReason: "x",
      decidedAt: publishedAt,
    } as never);
    expect(comment).toEqual({ id: "c1", body: "Kommentar", createdAt: "2026-11-02" });
  });
});
