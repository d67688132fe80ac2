import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SiteFeedbackList } from "@/components/mod/site-feedback/site-feedback-list";
import { requireModerator } from "@/lib/auth/session";
import { retentionConfig } from "@/lib/retention/retention-config";
import { listSiteFeedback } from "@/lib/site-feedback/list-site-feedback";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SiteFeedback");
  return { title: t("metaTitle") };
}

export default async function SiteFeedbackPage() {
  await requireModerator();
  const [{ unhandled, handled }, t] = await Promise.all([listSiteFeedback(), getTranslations("SiteFeedback")]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro", { days: retentionConfig().siteFeedbackDays })}</p>
      <section aria-labelledby="unhandled-heading">
        <h2 id="unhandled-heading">{t("unhandledHeading", { count: unhandled.length })}</h2>
        <SiteFeedbackList items={unhandled} kind="unhandled" />
      </section>
      <section aria-labelledby="handled-heading">
        <h2 id="handled-heading">{t("handledHeading")}</h2>
        <SiteFeedbackList items={handled} kind="handled" />
      </section>
    </>
  );
}
