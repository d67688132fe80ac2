import { municipalities } from "../municipalities";

// A public body's functional address ("registrator@ivo.se", "socialtjansten@malmo.se") names
// an office, not a person, and is often the very help a story points to, so it is kept like the
// helplines' numbers (allowed-phone-numbers.ts). The rule is deliberately narrow, because
// letting a private address through is far worse than replacing a public one:
//   1. the domain belongs to a public body: a Swedish authority listed below, or a
//      municipality's own domain (its name without diacritics, e.g. malmo.se, upplands-bro.se,
//      also upplandsbro.se and <name>kommun.se), or a subdomain of one of them; and
//   2. every part of the local part (split at "." "-" "_") is a word for an office or a
//      function, never a name ("registrator", "socialtjansten", "registrator.socialnamnden"), or
//      the whole local part is the body's own domain name ("ivo@ivo.se", "sala@sala.se").
//      "anna.svensson@malmo.se" and "socialtjansten.anna@malmo.se" are replaced as before.

const AUTHORITY_DOMAINS = [
  "ivo.se", // Inspektionen för vård och omsorg
  "jo.se", // Justitieombudsmannen
  "av.se", // Arbetsmiljöverket
  "socialstyrelsen.se",
  "forsakringskassan.se",
  "barnombudsmannen.se",
  "imy.se", // Integritetsskyddsmyndigheten
  "do.se", // Diskrimineringsombudsmannen
  "stat-inst.se", // Statens institutionsstyrelse (SiS)
  "domstol.se",
  "polisen.se",
];

const FUNCTIONAL_WORDS = new Set([
  "registrator", "registraturen", "registratur", "diarium", "arkiv", "kommun", "kommunen",
  "kommunstyrelsen", "kontaktcenter", "kundcenter", "medborgarcenter", "servicecenter", "info",
  "information", "kontakt", "socialtjansten", "socialtjanst", "socialforvaltningen", "socialkontoret",
  "socialnamnden", "socialjouren", "socialjour", "individochfamiljeomsorgen", "ifo", "familjeratten",
  "overformyndaren", "overformyndarnamnden", "dataskyddsombud", "dataskyddsombudet", "synpunkter",
  "klagomal", "ivo", "jo", "justitieombudsmannen", "arbetsmiljoverket", "socialstyrelsen", "barnombudsmannen",
  "imy", "do", "sis", "forsakringskassan", "polisen", "domstol",
]);

// å, ä → a, ö → o, é → e, as Swedish municipalities spell their domains.
function ascii(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

const MUNICIPALITY_LABELS = new Set(
  municipalities.flatMap((m) => {
    const name = ascii(m.name);
    const hyphenated = name.replace(/\s+/g, "-");
    const joined = name.replace(/[\s-]+/g, "");
    return [hyphenated, joined, `${joined}kommun`];
  }),
);

function isPublicDomain(domain: string): boolean {
  const labels = domain.split(".");
  if (labels.at(-1) !== "se") return false;
  const registered = labels.slice(-2).join(".");
  return AUTHORITY_DOMAINS.includes(registered) || MUNICIPALITY_LABELS.has(labels.at(-2) ?? "");
}

function isFunctionalLocalPart(local: string, domain: string): boolean {
  if (local === domain.split(".").at(-2)) return true;
  return local.split(/[._-]/).every((part) => FUNCTIONAL_WORDS.has(part));
}

export function isAllowedEmailAddress(address: string): boolean {
  const at = address.lastIndexOf("@");
  if (at <= 0) return false;
  const local = ascii(address.slice(0, at));
  const domain = ascii(address.slice(at + 1));
  return isPublicDomain(domain) && isFunctionalLocalPart(local, domain);
}
