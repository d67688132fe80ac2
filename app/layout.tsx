import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { QuickExit } from "@/components/layout/quick-exit";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ZodJitlessScript } from "@/components/layout/zod-jitless-script";
import { currentLocale } from "@/lib/i18n/current-locale";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Common");
  return {
    title: { default: `${t("siteName")} – ${t("tagline")}`, template: `%s – ${t("siteName")}` },
    description: t("tagline"),
    referrer: "no-referrer",
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Rendered per request, never at build time: every page needs this request's CSP nonce on
  // its scripts (proxy.ts), the 404 page and any future static page included.
  await connection();
  const [locale, t] = await Promise.all([currentLocale(), getTranslations("Common")]);
  return (
    <html lang={locale}>
      <head>
        {/* The same page in the other languages: proxy.ts sends them in a Link header. */}
        <ZodJitlessScript />
      </head>
      <body>
        <a className="skip-link" href="#innehall">
          {t("skipToContent")}
        </a>
        {/* No translation provider here: a page that only reads sends no messages and loads no
            translation code. Layouts with forms give theirs (i18n/client-namespaces.ts). */}
        <QuickExit labels={{ label: t("quickExit.label"), regionLabel: t("quickExit.regionLabel"), hint: t("quickExit.hint") }} />
        <SiteHeader />
        <main id="innehall" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
