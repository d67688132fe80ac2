import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

// Server actions as a browser calls them, found in the production build's manifest, so the
// fuzzing covers every public action that exists, including ones added after it was written.
export type ServerAction = { id: string; filename: string; exportedName: string; page: string };

type Manifest = {
  node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
};

export function listServerActions(): ServerAction[] {
  const file = path.join(__dirname, "..", "..", ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Manifest;
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    filename: entry.filename ?? "",
    exportedName: entry.exportedName ?? "",
    // "app/berattelser/[id]/page" → "/berattelser/[id]"; route groups are not in the address.
    page: `/${Object.keys(entry.workers)[0].replace(/^app\//, "").replace(/\/?page$/, "").replace(/\([^)]*\)\/?/g, "")}`.replace(/\/$/, "") || "/",
  }));
}

// Everything a reader or author can call without logging in. The moderators' and the
// responders' actions are behind the login (the proxy sends a visitor to the login page); their
// hostile input is fuzzed with a session in lib/actions/mod/bad-text.fuzz.integration.test.ts.
export function listPublicServerActions(): ServerAction[] {
  return listServerActions().filter((action) => !action.filename.startsWith("lib/actions/mod/") && !action.filename.startsWith("lib/actions/svar/"));
}

// React's encoding of plain JSON arguments (ReactFlightReplyClient): a string that starts with
// "$" is escaped as "$$", everything else is JSON as it is.
export function encodeActionArguments(args: unknown[]): string {
  return JSON.stringify(args, (_key, value) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}

export async function callServerAction(
  request: APIRequestContext,
  { action, pagePath, args, body }: { action: ServerAction; pagePath: string; args?: unknown[]; body?: string },
): Promise<APIResponse> {
  return request.post(pagePath, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: body ?? encodeActionArguments(args ?? []),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
}
