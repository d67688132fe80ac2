import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { QuickExit } from "@/components/layout/quick-exit";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
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
  const locale = await getLocale();
  const t = await getTranslations("Common");
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#innehall">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider>
          <QuickExit />
          <SiteHeader />
          <main id="innehall" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
