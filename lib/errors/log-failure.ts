// Logs that something failed, and only the error's kind: a database error's message can quote
// the text a person wrote, or a password, and the logs must never hold that.
export function logFailure(where: string, error: unknown, log: (line: string) => void = console.error) {
  log(`${where} failed: ${error instanceof Error ? error.name : typeof error}`);
}
