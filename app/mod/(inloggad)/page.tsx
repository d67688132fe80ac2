import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { QueueStoryList } from "@/components/mod/queue-story-list";
import { StoryDecisionNotice } from "@/components/mod/review/story-decision-notice";
import { requireModerator } from "@/lib/auth/session";
import { listQueue } from "@/lib/moderation/list-queue";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Queue");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<{ klart?: string | string[] }> }) {
  await requireModerator();
  const t = await getTranslations("Queue");
  const { stories, commentCount } = await listQueue();
  const now = new Date();
  return (
    <>
      <h1>{t("title")}</h1>
      <StoryDecisionNotice klart={(await searchParams).klart} />
      <p>{t("intro")}</p>
      <QueueStoryList stories={stories} now={now} />
      <section aria-labelledby="ko-kommentarer">
        <h2 id="ko-kommentarer">{t("commentsHeading")}</h2>
        <p className="muted">{t("commentsCount", { count: commentCount })}</p>
        {commentCount > 0 ? <Link href="/mod/kommentarer">{t("commentsLink")}</Link> : null}
      </section>
    </>
  );
}
