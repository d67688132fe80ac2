// The letter draft, put together in the browser from what the person fills in. Shared with the
// page's plain template for readers without JavaScript (every field blank).
export type LetterRecipient = "enhetschef" | "ivo";
export type LetterFields = { recipient: LetterRecipient | null; what: string; when: string; office: string; want: string };

export type LetterTextKey =
  | "toManager"
  | "toIvo"
  | "recipientBlank"
  | "concerns"
  | "subjectManager"
  | "subjectIvo"
  | "happened"
  | "when"
  | "want"
  | "closing"
  | "signature"
  | "blankOffice"
  | "blankWhat"
  | "blankWhen"
  | "blankWant";
export type LetterText = (key: LetterTextKey, values?: Record<string, string>) => string;

export const blankLetter: LetterFields = { recipient: null, what: "", when: "", office: "", want: "" };

export function buildLetter(fields: LetterFields, text: LetterText, ivo: string): string {
  const or = (value: string, blank: LetterTextKey) => value.trim() || text(blank);
  const to = fields.recipient === "ivo" ? text("toIvo", { ivo }) : fields.recipient === "enhetschef" ? text("toManager") : text("recipientBlank", { ivo });
  return [
    `${to}\n${text("concerns", { office: or(fields.office, "blankOffice") })}`,
    text(fields.recipient === "ivo" ? "subjectIvo" : "subjectManager"),
    `${text("happened")}\n${or(fields.what, "blankWhat")}`,
    text("when", { when: or(fields.when, "blankWhen") }),
    `${text("want")}\n${or(fields.want, "blankWant")}`,
    `${text("closing")}\n${text("signature")}`,
  ].join("\n\n");
}
