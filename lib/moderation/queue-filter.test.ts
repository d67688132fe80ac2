import { describe, expect, it } from "vitest";
import { parseQueueFilter } from "./queue-filter";

const now = new Date("2026-11-18T12:00:00Z");
const parse = (query: Record<string, string | string[] | undefined>) => parseQueueFilter({ query, tagSlugs: ["boende", "ekonomiskt-bistand"], moderatorId: "m1", now });

describe("the queue's filter from its address", () => {
  it("is the whole queue without parameters, amendments included", () => {
    const parsed = parse({});
    expect(parsed.filtered).toBe(false);
    expect(parsed.showAmendments).toBe(true);
    expect(parsed.unknownMunicipality).toBe(false);
    expect(parsed.filter).toEqual({ urgent: false, awaitingColleague: false, claimedBy: undefined, staffThreat: false, tagSlug: undefined, municipalityCode: undefined });
  });

  it("reads each ?visa= view", () => {
    expect(parse({ visa: "bradskande" }).filter.urgent).toBe(true);
    expect(parse({ visa: "hot" }).filter.staffThreat).toBe(true);
    expect(parse({ visa: "mina" }).filter.claimedBy).toEqual({ moderatorId: "m1", now });
    const colleague = parse({ visa: "kollega" });
    expect(colleague.filter.awaitingColleague).toBe(true);
    // Amendments wait for a colleague too, so they stay in that view.
    expect(colleague.showAmendments).toBe(true);
    expect(parse({ visa: "bradskande" }).showAmendments).toBe(false);
  });

  it("shows the organisations' answers in the whole queue, alone under ?visa=svar, and those awaiting a colleague under ?visa=kollega", () => {
    expect(parse({})).toMatchObject({ answers: "all", showStories: true });
    const answers = parse({ visa: "svar" });
    expect(answers).toMatchObject({ answers: "all", showStories: false, showAmendments: false, filtered: true });
    expect(parse({ visa: "kollega" }).answers).toBe("awaitingColleague");
    expect(parse({ visa: "bradskande" }).answers).toBeNull();
    expect(parse({ visa: "hot" }).answers).toBeNull();
    expect(parse({ visa: "svar", kommun: "Stockholm" })).toMatchObject({ answers: "all", filter: { municipalityCode: "0180" } });
  });

  it("ignores an unknown view or theme, and takes the first of repeated values", () => {
    expect(parse({ visa: "toString" }).filtered).toBe(false);
    expect(parse({ visa: "okand", tagg: "finns-inte" }).filtered).toBe(false);
    const repeated = parse({ visa: ["hot", "bradskande"], tagg: ["boende", "x"] });
    expect(repeated.values).toEqual({ visa: "hot", tagg: "boende", kommun: undefined });
    expect(repeated.filter).toMatchObject({ staffThreat: true, urgent: false, tagSlug: "boende" });
    expect(parse({ visa: "" }).values.visa).toBeUndefined();
  });

  it("finds a municipality by name, and marks one it cannot find instead of showing everything", () => {
    const known = parse({ kommun: "Stockholm" });
    expect(known.filter.municipalityCode).toBe("0180");
    expect(known.filtered).toBe(true);
    expect(known.showAmendments).toBe(false);
    const unknown = parse({ kommun: "Ingenstans" });
    expect(unknown.unknownMunicipality).toBe(true);
    expect(unknown.filtered).toBe(true);
    expect(unknown.filter.municipalityCode).toBeUndefined();
  });

  it("keeps amendments in the colleague view only while no theme or municipality narrows it", () => {
    expect(parse({ visa: "kollega", tagg: "boende" }).showAmendments).toBe(false);
    expect(parse({ visa: "kollega", kommun: "Stockholm" }).showAmendments).toBe(false);
  });
});
