// Public helplines and authorities that moderators' template replies and authors quote on
// purpose (DOMAIN.md). Redacting them would strip the help out of a story, so they are never
// reported. Stored as national digits only, so any spacing or dash style matches.
const ALLOWED = new Set([
  "112", // SOS Alarm
  "116111", // BRIS
  "90101", // Självmordslinjen
  "020505050", // Kvinnofridslinjen 020-50 50 50
  "0107885000", // IVO växel 010-788 50 00
  "0201200606", // IVO barn och unga 020-120 06 06
  "1177", // Vårdguiden
  "11414", // Polisen, icke akut
  "11313", // Informationsnummer vid olyckor och kriser
]);

// Non-geographic service numbers (PTS numbering plan): 020 freephone, 077 shared-cost national
// numbers, 0900/0939/0944 premium rate. Only businesses and authorities hold them, never a
// private person, so they identify nobody: "Försäkringskassan 0771-524 524", helplines on 020.
const SERVICE_PREFIX = /^(?:020|077|0900|0939|0944)/;

export function isAllowedPhoneNumber(nationalDigits: string): boolean {
  // Swedish numbers have at most ten digits: an eleven-digit "020 7946 0958" or "07700 900123"
  // is a British landline or mobile, a person's own.
  return ALLOWED.has(nationalDigits) || (SERVICE_PREFIX.test(nationalDigits) && nationalDigits.length <= 10);
}
