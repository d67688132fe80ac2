import { describe, expect, it } from "vitest";
import { isAllowedEmailAddress } from "./allowed-email-addresses";
import { found } from "@/test/fixtures/personal-data-helpers";

describe("public bodies' functional e-mail addresses", () => {
  it.each([
    "registrator@ivo.se",
    "ivo@ivo.se",
    "justitieombudsmannen@jo.se",
    "registrator@av.se",
    "kommun@sala.se",
    "socialtjansten@malmo.se",
    "socialtjänsten@malmö.se",
    "registrator@upplands-bro.se",
    "kontaktcenter@upplandsvasby.se",
    "registrator@habokommun.se",
    "registrator.socialnamnden@lund.se",
    "info@socialtjansten.goteborg.se",
    "Registrator@IVO.se",
  ])("keeps %s", (address) => {
    expect(isAllowedEmailAddress(address)).toBe(true);
    expect(found(`Jag skrev till ${address} och fick svar.`)).toEqual([]);
  });

  it.each([
    ["a person at the same authority", "anna.svensson@ivo.se"],
    ["a person at the same municipality", "per.nilsson@malmo.se"],
    ["a person on a municipality's subdomain", "per@kommun.malmo.se"],
    ["a function word followed by a name", "socialtjansten.anna@lund.se"],
    ["a function word at a private domain", "registrator@gmail.com"],
    ["a municipality-like private domain", "kommun@example.se"],
    ["a look-alike domain", "registrator@fakeivo.se"],
    ["a public domain inside another", "registrator@ivo.se.example.com"],
    ["a municipality's name at another domain", "malmo@gmail.com"],
  ])("still replaces %s (%s)", (_why, address) => {
    expect(isAllowedEmailAddress(address)).toBe(false);
    expect(found(`Jag skrev till ${address} och fick svar.`)).toEqual([["email", address]]);
  });
});
