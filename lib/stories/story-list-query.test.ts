import { describe, it, expect } from "vitest";
import { parseStoryListPageParams, resolveStoryFilter, storyListApiQuerySchema } from "./story-list-query";

describe("storyListApiQuerySchema", () => {
  it("accepts an empty query as page 1 without filters", () => {
    expect(storyListApiQuerySchema.parse({})).toEqual({ page: 1 });
    expect(storyListApiQuerySchema.parse({ tagg: "", kommun: "", page: "" })).toEqual({ page: 1 });
  });

  it("accepts slugs and a page number", () => {
    expect(storyListApiQuerySchema.parse({ tagg: "bemotande", kommun: "upplands-vasby", page: "3" })).toEqual({
      tagg: "bemotande",
      kommun: "upplands-vasby",
      page: 3,
    });
  });

  it.each(["0", "-1", "1.5", "abc", "100001"])("rejects page %s with a message key", (page) => {
    const result = storyListApiQuerySchema.safeParse({ page });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("invalidPage");
  });

  it.each(["Bemötande", "<script>", "a b", "-x", "x".repeat(101)])("rejects tag %s with a message key", (tagg) => {
    const result = storyListApiQuerySchema.safeParse({ tagg });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("invalidSlug");
  });
});

describe("parseStoryListPageParams", () => {
  it("falls back to page 1 for a page that is not a positive whole number", () => {
    expect(parseStoryListPageParams({ sida: "abc" }).page).toBe(1);
    expect(parseStoryListPageParams({ sida: "0" }).page).toBe(1);
    expect(parseStoryListPageParams({ sida: "4" }).page).toBe(4);
  });

  it("takes the first of repeated values and treats blanks as absent", () => {
    expect(parseStoryListPageParams({ tagg: ["bostad", "bemotande"], kommun: "" })).toEqual({
      tagSlug: "bostad",
      municipalitySlug: undefined,
      page: 1,
    });
  });
});

describe("resolveStoryFilter", () => {
  const known = new Set(["bostad"]);

  it("turns a municipality slug into its code", () => {
    expect(resolveStoryFilter({ tagSlug: "bostad", municipalitySlug: "stockholm" }, known)).toEqual({
      filter: { tagSlug: "bostad", municipalityCode: "0180" },
      unknown: [],
    });
  });

  it("takes a municipality's name as a reader typed it in the filter", () => {
    expect(resolveStoryFilter({ municipalitySlug: "Göteborg" }, known).filter).toEqual({ municipalityCode: "1480" });
    expect(resolveStoryFilter({ municipalitySlug: "goteborg" }, known).filter).toEqual({ municipalityCode: "1480" });
    expect(resolveStoryFilter({ municipalitySlug: "Håbo" }, known).filter.municipalityCode).not.toBe(resolveStoryFilter({ municipalitySlug: "Habo" }, known).filter.municipalityCode);
  });

  it("reports unknown values instead of filtering by them", () => {
    expect(resolveStoryFilter({ tagSlug: "finns-inte", municipalitySlug: "atlantis" }, known)).toEqual({
      filter: {},
      unknown: ["tagg", "kommun"],
    });
  });
});
