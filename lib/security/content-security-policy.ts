// The page policy. Scripts run only when they carry this response's nonce, or were loaded by
// one that did ('strict-dynamic'), so markup injected into a story can never run a script.
// Styles may be inline: React and the ALTCHA widget set style attributes, and a style cannot
// run code. The ALTCHA widget solves its proof of work in a worker made from a blob: URL.
export function buildContentSecurityPolicy({
  nonce,
  development = false,
  https = false,
}: {
  nonce: string;
  development?: boolean;
  https?: boolean;
}): string {
  const directives = [
    "default-src 'self'",
    // React needs eval in development only, to rebuild server error stacks in the browser.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ];
  // Over plain http (a local install, the tests) upgrading would break every subresource.
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

// 128 random bits, fresh for every request.
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
