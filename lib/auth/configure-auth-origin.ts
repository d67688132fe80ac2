// next-auth v4 builds its own absolute addresses (the sign-out form, the redirect after it,
// callback URLs) from NEXTAUTH_URL, or, with AUTH_TRUST_HOST, from X-Forwarded-Host or Host.
// It reads both from process.env on every request, so the start script sets them once, here,
// from our own configuration: a request header picks the host only behind a trusted proxy.
export function configureAuthOrigin({
  publicUrl,
  target = process.env,
}: {
  publicUrl: string | undefined;
  target?: Record<string, string | undefined>;
}) {
  if (publicUrl) {
    target.NEXTAUTH_URL = publicUrl;
    delete target.AUTH_TRUST_HOST;
  } else {
    // Only reached with TRUST_PROXY=true (lib/env.ts): the proxy's X-Forwarded-Host names us.
    delete target.NEXTAUTH_URL;
    target.AUTH_TRUST_HOST = "true";
  }
}
