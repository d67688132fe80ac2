const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Helpers and test runs may build side by side; each can name its own output folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // PGlite loads its WebAssembly and data files relative to its own module, and argon2 is a
  // native addon: both must be required from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg"],
  poweredByHeader: false,
  // The dev server otherwise prints every server action's arguments, i.e. what authors wrote.
  logging: { serverFunctions: false },
  reactStrictMode: true,
  experimental: {
    // forbidden() gives a wrong-role moderator a 403 page instead of a redirect loop.
    authInterrupts: true,
    // Next copies up to this much of every request body for proxy.ts, which refuses any body
    // over 1 MiB (lib/security/screen-action-body.ts) and any over 16 KiB to app/api
    // (lib/security/screen-api-request.ts). Its default, 10 MB, made each refused 16 MB body
    // cost 20 MB of copies. Twice the largest accepted body, so that what reaches the proxy of
    // a larger one (the limit less at most one 64 KiB chunk) is still over 1 MiB.
    proxyClientMaxBodySize: 2 * 1024 * 1024,
  },
  // `npm test` type-checks the whole project with tsc before its tests, then builds: the build's
  // own check of the same files would add half a minute to every run. `npm run build` on its own
  // still checks.
  typescript: { ignoreBuildErrors: process.env.SAKLIGT_TYPES_CHECKED === "1" },
};

// Sent with every response, static files included. A link clicked in a story must not tell the
// next site where the reader came from, and no page may be framed by another site. The
// Content-Security-Policy is set by proxy.ts instead, because it carries a fresh nonce per request.
const securityHeaders = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
];

nextConfig.headers = async () => [{ source: "/:path*", headers: securityHeaders }];

module.exports = withNextIntl(nextConfig);
