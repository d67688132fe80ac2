import { env } from "@/lib/env";

// Whether the visitor reached us over https: the configured public address says so, or a
// reverse proxy we were told to trust (TRUST_PROXY=true) does. Without that trust a client's
// X-Forwarded-Proto is its own claim and decides nothing.
export function requestIsHttps({
  forwardedProto,
  publicUrl = env().publicUrl,
  trustProxy = env().TRUST_PROXY === "true",
}: {
  forwardedProto?: string | null;
  publicUrl?: string;
  trustProxy?: boolean;
}): boolean {
  if (publicUrl?.startsWith("https://")) return true;
  if (!trustProxy) return false;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
