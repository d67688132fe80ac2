import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { HandoverForm } from "@/components/mod/handover-note";
import { KeyboardShortcuts } from "@/components/mod/keyboard-shortcuts";
import styles from "@/components/mod/handover-note.module.css";
import { QueueStoryList } from "@/components/mod/queue-story-list";
import { StoryDecisionNotice } from "@/components/mod/review/story-decision-notice";
import { saveHandoverAction } from "@/lib/actions/mod/handover";
import { requireModerator } from "@/lib/auth/session";
import { getHandover } from "@/lib/moderation/handover";
import { listQueue } from "@/lib/moderation/list-queue";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Queue");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<{ klart?: string | string[] }> }) {
  await requireModerator();
  const t = await getTranslations("Queue");
  const [{ stories, commentCount }, handover, tHandover, format] = await Promise.all([
    listQueue(),
    getHandover(),
    getTranslations("Queue.handover"),
    getFormatter(),
  ]);
  const now = new Date();
  return (
    <>
      <h1>{t("title")}</h1>
      <StoryDecisionNotice klart={(await searchParams).klart} />
      <section aria-labelledby="overlamning" className={`card ${styles.note}`}>
        <h2 id="overlamning">{tHandover("heading")}</h2>
        {handover ? (
          <>
            <p className={styles.body}>{handover.body}</p>
            <p className="hint">
              {(() => {
                const date = format.dateTime(handover.updatedAt, { dateStyle: "long", timeStyle: "short" });
                return handover.moderatorName ? tHandover("byline", { name: handover.moderatorName, date }) : tHandover("bylineUnknown", { date });
              })()}
            </p>
          </>
        ) : (
          <p className="hint">{tHandover("empty")}</p>
        )}
        <HandoverForm body={handover?.body ?? ""} save={saveHandoverAction} />
      </section>
      <p>{t("intro")}</p>
      <KeyboardShortcuts mode="queue" />
      <QueueStoryList stories={stories} now={now} />
      <section aria-labelledby="ko-kommentarer">
        <h2 id="ko-kommentarer">{t("commentsHeading")}</h2>
        <p className="muted">{t("commentsCount", { count: commentCount })}</p>
        {commentCount > 0 ? <Link href="/mod/kommentarer">{t("commentsLink")}</Link> : null}
      </section>
    </>
  );
}
