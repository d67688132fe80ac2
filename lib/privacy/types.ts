// The shape every detector returns, shared by the browser highlighter, the server-side
// redaction and the moderator view, so all three agree on what a finding is.
export type FindingKind =
  | "personnummer"
  | "samordningsnummer"
  | "phone"
  | "email"
  | "address"
  | "postcode"
  | "case-number"
  | "date"
  | "name";

// Offsets are UTF-16 indices into the input string, end exclusive, so `text.slice(start, end)`
// gives back `text` exactly.
export type Finding = {
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
  replacement: string;
};
