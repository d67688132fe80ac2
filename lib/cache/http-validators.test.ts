import { describe, expect, it } from "vitest";
import { entityTag, matchesIfNoneMatch } from "./http-validators";

describe("entityTag", () => {
  it("is the same for the same body and different for a different one", () => {
    expect(entityTag('{"a":1}')).toBe(entityTag('{"a":1}'));
    expect(entityTag('{"a":1}')).not.toBe(entityTag('{"a":2}'));
    expect(entityTag("x")).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
  });
});

describe("matchesIfNoneMatch", () => {
  const tag = entityTag("body");
  it("matches the tag, weak or strong, alone or in a list, and *", () => {
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(tag.replace(/^W\//, ""), tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch("*", tag)).toBe(true);
  });
  it("does not match another tag, nothing, or a part of the tag", () => {
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
    expect(matchesIfNoneMatch("", tag)).toBe(false);
    expect(matchesIfNoneMatch(entityTag("other"), tag)).toBe(false);
    expect(matchesIfNoneMatch(tag.slice(0, -2) + '"', tag)).toBe(false);
  });
});
