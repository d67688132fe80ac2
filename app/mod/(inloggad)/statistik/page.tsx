import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BacklogFigures } from "@/components/mod/statistics/backlog-figures";
import { RecentDecisions } from "@/components/mod/statistics/recent-decisions";
import { WeeklyTrend } from "@/components/mod/statistics/weekly-trend";
import { requireModerator } from "@/lib/auth/session";
import { getModerationStatistics } from "@/lib/moderation/statistics";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Statistics");
  return { title: t("metaTitle") };
}

// The team's numbers: what waits, how long a decision takes, week by week. Never per moderator.
export default async function StatisticsPage() {
  await requireModerator();
  const t = await getTranslations("Statistics");
  const statistics = await getModerationStatistics({ now: new Date() });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <BacklogFigures backlog={statistics.backlog} />
      <RecentDecisions recent={statistics.recent} />
      <WeeklyTrend weeks={statistics.weeks} />
    </>
  );
}
