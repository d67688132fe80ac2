import { describe, expect, it } from "vitest";
import { orderHelplines } from "./helplines";

describe("orderHelplines", () => {
  it("puts 112 and the matching lines first and still lists every line", () => {
    expect(orderHelplines(["SUICIDE"]).map((line) => line.id)).toEqual([
      "emergency",
      "suicide",
      "bris",
      "womensHelpline",
      "socialOnCall",
    ]);
    expect(orderHelplines(["VIOLENCE"]).map((line) => line.id).slice(0, 3)).toEqual([
      "emergency",
      "womensHelpline",
      "socialOnCall",
    ]);
    expect(orderHelplines([])).toHaveLength(5);
  });
});
