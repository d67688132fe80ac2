import { detectPersonalData } from "./detect-personal-data";
import { luhnCheckDigit } from "./luhn";

// Tests compare [kind, text] pairs, which read like the sentences they came from.
export function found(text: string): [string, string][] {
  return detectPersonalData(text).map((finding) => [finding.kind, finding.text]);
}

// Builds a ten-digit personnummer with a correct check digit, so no real person's number is
// needed. dayOffset 60 gives a samordningsnummer.
export function makeIdentityNumber(yymmdd: string, serial: string, dayOffset = 0): string {
  const day = String(Number(yymmdd.slice(4, 6)) + dayOffset).padStart(2, "0");
  const nine = yymmdd.slice(0, 4) + day + serial;
  return nine + luhnCheckDigit(nine);
}
