import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlertSettingsForm } from "@/components/alerts/alert-settings-form";
import { FeedAddress } from "@/components/alerts/feed-address";
import { renewFeedTokenAction, saveAlertSettingsAction } from "@/lib/actions/svar/alert-settings";
import { getAlertSettings } from "@/lib/alerts/get-alert-settings";
import { requireResponder } from "@/lib/auth/session";
import { listTags } from "@/lib/tags/list-tags";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Alerts.settings");
  return { title: t("metaTitle") };
}

// A responder's alerts (what, and how often) and their private feed.
export default async function AlertSettingsPage() {
  const responder = await requireResponder();
  const t = await getTranslations("Alerts.settings");
  const [{ settings, hasFeed }, tags] = await Promise.all([getAlertSettings({ responderId: responder.id }), listTags()]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <AlertSettingsForm settings={settings} themes={tags.map(({ id, name }) => ({ id, name }))} save={saveAlertSettingsAction} />
      <FeedAddress hasFeed={hasFeed} renew={renewFeedTokenAction} />
    </>
  );
}
