import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FactForm } from "@/components/facts/fact-form";
import { DoneNotice } from "@/components/forms/done-notice";
import { FactTable } from "@/components/facts/fact-table";
import { StaleFactsNotice } from "@/components/facts/stale-facts-notice";
import { requireModerator } from "@/lib/auth/session";
import { listFacts } from "@/lib/facts/list-facts";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { factReference } from "@/lib/templates/render-template";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Facts");
  return { title: t("metaTitle") };
}

export default async function FactsPage({ searchParams }: { searchParams: Promise<{ klart?: string | string[] }> }) {
  const moderator = await requireModerator();
  const [{ klart }, facts, settings, t] = await Promise.all([searchParams, listFacts(), getSiteSettings(), getTranslations("Facts")]);
  const stale = facts.filter((fact) => fact.stale);
  return (
    <>
      <h1>{t("heading")}</h1>
      <DoneNotice page="fact" klart={klart} />
      <p>{t("intro", { reference: factReference("nyckel") })}</p>
      <p>{t("staleRule", { months: settings.factStaleMonths })}</p>
      <StaleFactsNotice facts={stale} />
      <FactTable facts={facts} />
      {moderator.role === "ADMIN" ? (
        <section aria-labelledby="new-fact-heading">
          <h2 id="new-fact-heading">{t("form.createHeading")}</h2>
          <FactForm />
        </section>
      ) : (
        <p className="hint">{t("adminOnly")}</p>
      )}
    </>
  );
}
