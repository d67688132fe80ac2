import { headers } from "next/headers";
import { env } from "@/lib/env";

// The scheme and host people reach the site at, for links that leave it (an invitation mail).
// The configured PUBLIC_URL when there is one; otherwise only behind a trusted proxy, whose
// X-Forwarded-Host and X-Forwarded-Proto the server keeps (untrusted ones are dropped on the
// way in, lib/request/drop-untrusted-forwarded-headers.ts), so no visitor can choose it.
export async function publicOrigin(): Promise<string> {
  const configured = env().publicUrl;
  if (configured) return configured;
  const list = await headers();
  const host = list.get("x-forwarded-host")?.split(",")[0]?.trim() || list.get("host");
  const proto = list.get("x-forwarded-proto")?.split(",")[0]?.trim() || "https";
  if (!host) throw new Error("no public address: set PUBLIC_URL");
  return `${proto}://${host}`;
}
