// Anonymity must not depend on the language the author writes in: the four kinds the server
// replaces before storage are replaced in Finnish and English sentences exactly as in Swedish.
import { describe, expect, it } from "vitest";
import { redactForStorage } from "./redact-for-storage";
import { answerSubmissionSchema } from "@/lib/answers/schemas";
import { makeIdentityNumber } from "@/test/fixtures/personal-data-helpers";

const personnummer = makeIdentityNumber("811218", "987");
const samordningsnummer = makeIdentityNumber("850709", "123", 60);
const pnr = `${personnummer.slice(0, 6)}-${personnummer.slice(6)}`;
const snr = `${samordningsnummer.slice(0, 6)}-${samordningsnummer.slice(6)}`;

describe("the four kinds are replaced in Finnish text", () => {
  it.each([
    [`Henkilötunnukseni Ruotsissa on ${pnr}, älkää julkaisko sitä.`, `Henkilötunnukseni Ruotsissa on [personnummer], älkää julkaisko sitä.`],
    [`Poikani sai samordningsnummerin ${snr} vasta vuoden päästä.`, "Poikani sai samordningsnummerin [samordningsnummer] vasta vuoden päästä."],
    ["Suomalainen henkilötunnukseni on 131052-308T.", "Suomalainen henkilötunnukseni on [personnummer]."],
    ["Lapseni henkilötunnus on 030615A123L.", "Lapseni henkilötunnus on [personnummer]."],
    ["Puh. 070-123 45 67, soita iltaisin.", "Puh. [telefonnummer], soita iltaisin."],
    ["Suomalainen numeroni on +358 40 123 4567.", "Suomalainen numeroni on [telefonnummer]."],
    ["Soita numeroon 040 765 4321 tai 050-123 4567.", "Soita numeroon [telefonnummer] tai [telefonnummer]."],
    ["Kirjoita minulle osoitteeseen matti.virtanen@example.fi kiitos.", "Kirjoita minulle osoitteeseen [e-postadress] kiitos."],
  ])("%j", (input, stored) => {
    expect(redactForStorage(input).text).toBe(stored);
  });
});

describe("the four kinds are replaced in English text", () => {
  it.each([
    [`My personal identity number is ${pnr}, please remove it.`, "My personal identity number is [personnummer], please remove it."],
    [`My son got coordination number ${snr} after a year.`, "My son got coordination number [samordningsnummer] after a year."],
    ["My Finnish ID number 240987-456W was on the letter.", "My Finnish ID number [personnummer] was on the letter."],
    ["Call me on 07700 900123 after six.", "Call me on [telefonnummer] after six."],
    ["Call me on +44 7700 900456 or +44 (0)20 7946 0958.", "Call me on [telefonnummer] or [telefonnummer]."],
    ["tel 070-234 56 78, ask for me.", "tel [telefonnummer], ask for me."],
    ["Our London landline was 020 7946 0958.", "Our London landline was [telefonnummer]."],
    ["Write to sarah.jones@example.co.uk if you can.", "Write to [e-postadress] if you can."],
  ])("%j", (input, stored) => {
    expect(redactForStorage(input).text).toBe(stored);
  });
});

describe("numbers that are no one's stay in every language", () => {
  it.each([
    "Vuokra on 8 450 kruunua kuukaudessa vuodesta 2019.",
    "The rent went up by 1 250 kronor in 2024.",
    "Soitin IVO:n vaihteeseen 010-788 50 00 ja Brisiin 116 111.",
    "I called 112 and later Försäkringskassan on 0771-524 524.",
    "Invoice 0123456789012 from the care home was wrong.",
    "Version 2.10.1 of the app crashed on 12.03.2024.",
  ])("%j", (input) => {
    expect(redactForStorage(input)).toEqual({ text: input, replacements: {} });
  });
});

// An answer under an authority's name is refused when it names anyone (lib/answers/answer-text.ts).
describe("an answer that names someone is refused in every language", () => {
  const start = "Tack för att du har berättat om det här. Vi ser över hur vi förklarar våra beslut.";
  it.each([
    "Handläggaren Tiina hälsar.",
    "Terveisin käsittelijänne Tiina.",
    "Kind regards from your caseworker Tiina.",
    "The social worker, Mrs Green, will call you.",
    "Henkilötunnuksenne 19850312-2384 on poistettu.",
  ])("%j", (ending) => {
    const result = answerSubmissionSchema.safeParse({ storyId: "s", body: `${start} ${ending}` });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["body", "personalData"]]);
  });
});
