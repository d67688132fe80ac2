import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { type DecisionState, DecisionActions } from "@/components/answer-moderation/decision-actions";
import { DoneNotice } from "@/components/forms/done-notice";
import queueStyles from "@/components/mod/queue.module.css";
import reviewStyles from "@/components/mod/review/review.module.css";
import type { AnswerStatus } from "@/generated/prisma/enums";
import { type AnswerForReview, getAnswerForReview } from "@/lib/answers/get-answer-for-review";
import { requireModerator } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { getColleagueReview } from "@/lib/settings/colleague-review";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AnswerModeration");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ klart?: string | string[] }> };

function stateOf(status: AnswerStatus, reviewedAt: Date | null): DecisionState {
  if (status === "PENDING") return "pending";
  if (status === "AWAITING_REVIEW") return "awaitingColleague";
  if (status === "PUBLISHED") return reviewedAt ? "published" : "publishedUnreviewed";
  return "closed";
}

// One organisation's answer to one story, with its change marks, for a moderator to decide
// (lib/answers/decide-answer.ts and friends): the story as readers read it, the answer, each
// mark, and the history of the decisions on them all.
export default async function AnswerReviewPage({ params, searchParams }: Props) {
  const moderator = await requireModerator();
  const [{ id }, { klart }] = await Promise.all([params, searchParams]);
  const [answer, review, t, tStatus, tKinds, tHistory, format] = await Promise.all([
    getAnswerForReview(id),
    getColleagueReview(),
    getTranslations("AnswerModeration.page"),
    getTranslations("AnswerModeration.status"),
    getTranslations("AnswerModeration.kinds"),
    getTranslations("AnswerModeration.history"),
    getFormatter(),
  ]);
  const date = (at: Date) => format.dateTime(at, { dateStyle: "long", timeStyle: "short" });
  // A mark's date is a day with no time: read as the day it was stored.
  const day = (at: Date) => format.dateTime(at, { dateStyle: "long", timeZone: "UTC" });
  const statusText = (status: AnswerStatus, reviewedAt: Date | null) => (status === "PUBLISHED" && !reviewedAt ? tStatus("publishedUnreviewed") : tStatus(status));
  const back = (
    <p>
      <Link href={routes.mod.queue()}>{t("backToQueue")}</Link>
    </p>
  );
  if (!answer) {
    return (
      <>
        {back}
        <h1>{t("answerHeading")}</h1>
        <p>{t("notFound")}</p>
      </>
    );
  }
  const storyPublic = answer.story.status === "PUBLISHED";
  const answerPublic = answer.status === "PUBLISHED" && storyPublic;
  const historyText = (action: string) => {
    const key = action as "answer.publish";
    return tHistory.has(key) ? tHistory(key) : action;
  };
  const markKinds = new Map(answer.marks.map((mark) => [mark.id, tKinds(mark.kind)]));
  return (
    <>
      {back}
      <h1>{t("heading", { organisation: answer.organisation.name })}</h1>
      <DoneNotice page="answer" klart={klart} />

      <section aria-labelledby="svar-berattelse" className="card">
        <h2 id="svar-berattelse">{t("storyHeading")}</h2>
        <h3>{answer.story.title}</h3>
        <p className={reviewStyles.preparedText}>{answer.story.body}</p>
        {storyPublic ? null : <p className="hint">{t("storyNotPublished")}</p>}
        <p>
          <Link href={routes.mod.story(answer.story.id)}>{t("storyLink")}</Link>
        </p>
      </section>

      <section aria-labelledby="svar-svaret" className="card">
        <h2 id="svar-svaret">{t("answerHeading")}</h2>
        <dl className={`inline-dl ${queueStyles.meta}`}>
          <div>
            <dt>{t("organisation")}</dt>
            <dd>{answer.organisation.name}</dd>
          </div>
          <div>
            <dt>{t("status")}</dt>
            <dd>{statusText(answer.status, answer.reviewedAt)}</dd>
          </div>
          <div>
            <dt>{t("version")}</dt>
            <dd>{answer.version}</dd>
          </div>
          <div>
            <dt>{t("submitted")}</dt>
            <dd>{date(answer.submittedAt)}</dd>
          </div>
          {answer.publishedAt ? (
            <div>
              <dt>{t("published")}</dt>
              <dd>{date(answer.publishedAt)}</dd>
            </div>
          ) : null}
        </dl>
        {answer.organisation.fastTrack ? <p className="hint">{t("fastTrack")}</p> : null}
        <p className={reviewStyles.preparedText}>{answer.body}</p>
        {answer.moderatorComment ? (
          <>
            <h3>{t("moderatorComment")}</h3>
            <p className={reviewStyles.preparedText}>{answer.moderatorComment}</p>
          </>
        ) : null}
        {answer.status === "AWAITING_REVIEW" && answer.preparedAt ? (
          <p>{answer.preparedBy ? t("preparedBy", { name: answer.preparedBy.name, date: date(answer.preparedAt) }) : t("preparedUnknown", { date: date(answer.preparedAt) })}</p>
        ) : null}
        <DecisionActions
          answerId={answer.id}
          target={{ kind: "answer", id: answer.id, version: answer.version }}
          state={stateOf(answer.status, answer.reviewedAt)}
          own={answer.preparedById === moderator.id}
          reviewInForce={review.inForce}
          publishable={storyPublic}
          headingLevel="h3"
        />
      </section>

      <section aria-labelledby="svar-markeringar">
        <h2 id="svar-markeringar">{t("marksHeading")}</h2>
        <p className="hint">{t("marksHint")}</p>
        {answer.marks.length === 0 ? <p>{t("noMarks")}</p> : null}
        <ol className="plain-list">
          {answer.marks.map((mark) => (
            <li key={mark.id} className="card">
              <h3>{t("markHeading", { kind: tKinds(mark.kind), date: day(mark.markedOn) })}</h3>
              <dl className={`inline-dl ${queueStyles.meta}`}>
                <div>
                  <dt>{t("status")}</dt>
                  <dd>{statusText(mark.status, mark.reviewedAt)}</dd>
                </div>
                <div>
                  <dt>{t("version")}</dt>
                  <dd>{mark.version}</dd>
                </div>
              </dl>
              <p className={reviewStyles.preparedText}>{mark.description}</p>
              {mark.moderatorComment ? (
                <>
                  <h4>{t("moderatorComment")}</h4>
                  <p className={reviewStyles.preparedText}>{mark.moderatorComment}</p>
                </>
              ) : null}
              {mark.status === "AWAITING_REVIEW" && mark.preparedAt ? (
                <p>{mark.preparedBy ? t("preparedBy", { name: mark.preparedBy.name, date: date(mark.preparedAt) }) : t("preparedUnknown", { date: date(mark.preparedAt) })}</p>
              ) : null}
              {mark.status === "PENDING" && !answerPublic ? <p className="hint">{t("markWithAnswer")}</p> : null}
              <DecisionActions
                answerId={answer.id}
                target={{ kind: "mark", id: mark.id, version: mark.version }}
                state={stateOf(mark.status, mark.reviewedAt)}
                own={mark.preparedById === moderator.id}
                reviewInForce={review.inForce}
                publishable={answerPublic}
                headingLevel="h4"
              />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="svar-historik">
        <h2 id="svar-historik">{t("historyHeading")}</h2>
        {answer.history.length === 0 ? <p>{t("noHistory")}</p> : null}
        <ol>
          {answer.history.map((entry: AnswerForReview["history"][number]) => {
            const on = entry.targetType === "answer" ? t("historyOnAnswer") : t("historyOnMark", { kind: markKinds.get(entry.targetId ?? "") ?? "" });
            return (
              <li key={entry.id}>
                <time dateTime={entry.createdAt.toISOString()}>{date(entry.createdAt)}</time>
                {`: ${historyText(entry.action)} (${on}), ${entry.moderatorName ?? t("unknownModerator")}`}
                {entry.reason ? `: ”${entry.reason}”` : null}
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}
