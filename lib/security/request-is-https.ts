// Whether the visitor reached us over https: the configured public address says so, or the
// reverse proxy in front of the app does. A client that lies about the latter only makes its
// own cookies stricter (Secure, which plain http then refuses), never weaker.
export function requestIsHttps({
  publicUrl = process.env.NEXTAUTH_URL,
  forwardedProto,
}: {
  publicUrl?: string;
  forwardedProto?: string | null;
}): boolean {
  if (publicUrl?.startsWith("https://")) return true;
  return forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
