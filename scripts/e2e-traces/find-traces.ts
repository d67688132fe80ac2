// Searches texts for the test browser's traces: its user-agent (and the per-run canary in it)
// and its loopback address in every written form. An address counts only as a client address:
// "127.0.0.1:<port>" of a server the tests started (the app's own URL, the database's) is the
// address of a server, not of the browser, and is allowed where `serverPorts` says so (also in
// PostgreSQL's `listening on IPv4 address "127.0.0.1", port <port>`).
export type Needle = { label: string; text: string; isAddress: boolean };
export type Trace = { label: string; context: string };

export function traceNeedles({ userAgent, canary }: { userAgent: string; canary: string }): Needle[] {
  return [
    { label: "the browser's user-agent", text: userAgent, isAddress: false },
    { label: "the user-agent's canary", text: canary, isAddress: false },
    { label: "the user-agent's product name", text: "SakligtE2E", isAddress: false },
    { label: "the address ::ffff:127.0.0.1", text: "::ffff:127.0.0.1", isAddress: true },
    { label: "the address 127.0.0.1", text: "127.0.0.1", isAddress: true },
    { label: "the address ::1", text: "::1", isAddress: true },
  ];
}

export function findTraces(text: string, needles: Needle[], serverPorts: number[] = []): Trace[] {
  const traces: Trace[] = [];
  for (const needle of needles) {
    let from = 0;
    for (let at = text.indexOf(needle.text, from); at !== -1; at = text.indexOf(needle.text, from)) {
      from = at + needle.text.length;
      const after = text.slice(from, from + 16).match(/^(?::|", port )(\d+)/);
      if (needle.isAddress && after && serverPorts.includes(Number(after[1]))) continue;
      // "::1" inside a longer IPv6 address or a word is not the loopback address.
      if (needle.text === "::1" && /[0-9a-fA-F]/.test(text[from] ?? "")) continue;
      traces.push({ label: needle.label, context: text.slice(Math.max(0, at - 40), from + 40).replace(/\s+/g, " ") });
    }
  }
  return traces;
}
