import { getTranslations } from "next-intl/server";
import { dayValues } from "@/components/stories/published-date";
import { StoryText } from "@/components/stories/story-text";
import type { OwnAnswer } from "@/lib/answers/get-story-for-responder";
import styles from "./answers.module.css";
import { type EditChangeMark, EditMarkForm } from "./answer-forms";
import { AnswerStatusLabel } from "./answer-status";

// The organisation's own answer and its marks, each with where it stands, and the moderator's
// comment when they sent it back.
export async function OwnAnswerView({
  storyId,
  answer,
  editChangeMark,
  days,
}: {
  storyId: string;
  answer: OwnAnswer;
  editChangeMark: EditChangeMark;
  days: { minDay: string; today: string };
}) {
  const t = await getTranslations("Answers");
  return (
    <div className={styles.own}>
      <p>
        {t("status.label")} <AnswerStatusLabel status={answer.status} awaitingReviewAfter={answer.awaitingReviewAfter} />
      </p>
      {answer.status === "RETURNED" ? (
        <div className="alert error" role="status">
          <h3>{t("story.returnedHeading")}</h3>
          {answer.moderatorComment ? (
            <p>
              <strong>{t("story.commentLabel")}</strong> {answer.moderatorComment}
            </p>
          ) : null}
          <p>{t("story.returnedIntro")}</p>
        </div>
      ) : null}
      {answer.status === "REJECTED" || answer.status === "TAKEN_DOWN" ? (
        <p>
          {t(answer.status === "REJECTED" ? "story.rejectedNote" : "story.takenDownNote")}
          {answer.moderatorComment ? (
            <>
              {" "}
              <strong>{t("story.commentLabel")}</strong> {answer.moderatorComment}
            </>
          ) : null}
        </p>
      ) : null}
      <StoryText text={answer.body} />
      <h3>{t("story.marksHeading")}</h3>
      {answer.marks.length === 0 ? (
        <p>{t("story.marksEmpty")}</p>
      ) : (
        <ol className={styles.marks}>
          {answer.marks.map((mark) => (
            <li key={mark.id}>
              <strong>{t(`kinds.${mark.kind}`)}</strong> · {t.rich("story.markDate", dayValues(mark.markedOn))} · <AnswerStatusLabel status={mark.status} />
              <p>{mark.description}</p>
              {mark.status === "RETURNED" ? (
                <>
                  {mark.moderatorComment ? (
                    <p>
                      <strong>{t("story.commentLabel")}</strong> {mark.moderatorComment}
                    </p>
                  ) : null}
                  <h4>{t("story.editMarkHeading")}</h4>
                  <EditMarkForm storyId={storyId} mark={mark} editChangeMark={editChangeMark} {...days} />
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
