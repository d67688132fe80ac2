import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { QueueAnswerItems } from "@/components/answer-moderation/queue-answer-items";
import { StaleFactsNotice } from "@/components/facts/stale-facts-notice";
import { DoneNotice } from "@/components/forms/done-notice";
import { ColleagueReviewNotice } from "@/components/mod/colleague-review-notice";
import { HandoverForm } from "@/components/mod/handover-note";
import { KeyboardShortcuts } from "@/components/mod/keyboard-shortcuts";
import styles from "@/components/mod/handover-note.module.css";
import { QueueAmendmentItems } from "@/components/mod/queue-amendment-items";
import { QueueFilterForm } from "@/components/mod/queue-filter-form";
import { QueueStoryList } from "@/components/mod/queue-story-list";
import { saveHandoverAction } from "@/lib/actions/mod/handover";
import { listAnswerQueue } from "@/lib/answers/list-answer-queue";
import { requireModerator } from "@/lib/auth/session";
import { listStaleFacts } from "@/lib/facts/list-facts";
import { getHandover } from "@/lib/moderation/handover";
import { listQueue } from "@/lib/moderation/list-queue";
import { type QueueSearchParams, parseQueueFilter } from "@/lib/moderation/queue-filter";
import { countQueueForRequest } from "@/lib/moderation/queue-counts";
import { listPendingReplyAmendments } from "@/lib/moderation/reply-amendments";
import { routes } from "@/lib/routes";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { getColleagueReviewOffRequest } from "@/lib/settings/review-setting-change";
import { listTags } from "@/lib/tags/list-tags";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Queue");
  return { title: t("metaTitle") };
}

export default async function QueuePage({ searchParams }: { searchParams: Promise<QueueSearchParams> }) {
  const moderator = await requireModerator();
  const t = await getTranslations("Queue");
  const query = await searchParams;
  const tags = await listTags();
  const now = new Date();
  const { values, filter, filtered, unknownMunicipality, showAmendments, answers: answerView, showStories } = parseQueueFilter({
    query,
    tagSlugs: tags.map((tag) => tag.slug),
    moderatorId: moderator.id,
    now,
  });
  const [queue, counts, amendments, handover, tHandover, format, staleFacts, colleagueReview, reviewOffRequest, answers] = await Promise.all([
    listQueue({ filter, viewer: moderator.id, now }),
    countQueueForRequest(),
    showAmendments ? listPendingReplyAmendments() : [],
    getHandover(),
    getTranslations("Queue.handover"),
    getFormatter(),
    listStaleFacts({ now }),
    getColleagueReview(),
    getColleagueReviewOffRequest(),
    answerView && !unknownMunicipality ? listAnswerQueue({ view: answerView, tagSlug: filter.tagSlug, municipalityCode: filter.municipalityCode }) : [],
  ]);
  // A municipality that names none matches nothing, rather than the whole queue.
  const stories = unknownMunicipality ? [] : queue.stories;
  const commentCount = counts.comments;
  return (
    <>
      <h1>{t("title")}</h1>
      <DoneNotice page="queue" klart={query.klart} />
      <ColleagueReviewNotice review={colleagueReview} request={reviewOffRequest} viewerId={moderator.id} />
      <StaleFactsNotice facts={staleFacts} />
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
      <QueueFilterForm
        values={values}
        tags={tags.map((tag) => ({ slug: tag.slug, name: tag.name }))}
        municipalityError={unknownMunicipality}
        filtered={filtered}
      />
      {showStories ? <QueueStoryList stories={stories} now={now} filtered={filtered} amendments={<QueueAmendmentItems amendments={amendments} />} /> : null}
      {answerView ? <QueueAnswerItems answers={answers} now={now} filtered={filtered} /> : null}
      <section aria-labelledby="ko-kommentarer">
        <h2 id="ko-kommentarer">{t("commentsHeading")}</h2>
        <p className="muted">{t("commentsCount", { count: commentCount })}</p>
        {commentCount > 0 ? <Link href={routes.mod.comments()}>{t("commentsLink")}</Link> : null}
      </section>
    </>
  );
}
