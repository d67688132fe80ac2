// What a failed send records and logs: the error's code ("ECONNREFUSED", "EENVELOPE", "EAUTH"),
// never its message, which for SMTP quotes the server's answer and often the recipient's address.
export function mailErrorCode(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === "string" && /^[A-Z][A-Z0-9_]{1,31}$/.test(code)) return code;
  if (error instanceof Error && /^[A-Za-z]{1,40}$/.test(error.name)) return error.name;
  return "UNKNOWN";
}
