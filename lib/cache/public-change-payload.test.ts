import { describe, expect, it } from "vitest";
import { parsePublicChangePayload, publicChangePayload } from "./listen-for-public-changes";

describe("a public change's NOTIFY payload", () => {
  it("carries the sender and the keys", () => {
    const payload = publicChangePayload({ from: "0123abcd", keys: ["list:all", "story:V1StGXR8_Z5jdHi6B-myT"] });
    expect(parsePublicChangePayload(payload)).toEqual({ from: "0123abcd", keys: ["list:all", "story:V1StGXR8_Z5jdHi6B-myT"] });
  });

  it("names everything when the keys would not fit in a notification", () => {
    const keys = Array.from({ length: 400 }, (_, index) => `list:tag:ett-mycket-langt-tema-${index}`);
    const payload = publicChangePayload({ from: "0123abcd", keys });
    expect(Buffer.byteLength(payload)).toBeLessThan(8_000);
    expect(parsePublicChangePayload(payload)).toEqual({ from: "0123abcd", keys: ["*"] });
  });

  it("retires everything for a payload it cannot read: an older instance's bare id, or anything else", () => {
    for (const payload of ["0123abcd", "", undefined, "{}", '{"from":"a","keys":[1]}', '{"from":"a","keys":"list:all"}']) {
      expect(parsePublicChangePayload(payload).keys, String(payload)).toEqual(["*"]);
    }
  });
});
