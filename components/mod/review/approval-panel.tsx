import { getFormatter, getTranslations } from "next-intl/server";
import type { PreparedDecisionView } from "@/lib/moderation/colleague-review";
import type { StoryForReview } from "@/lib/moderation/get-story-for-review";
import { ApprovalActions } from "./approval-actions";
import styles from "./review.module.css";
import { TextDiff } from "./text-diff";

type Props = {
  story: StoryForReview;
  prepared: PreparedDecisionView;
  /** The moderator looking: the preparer is not offered the approval (and the server refuses it). */
  viewerId: string;
  /** The reply as it will be published: the house style's opening and closing around the middle. */
  reply: string | null;
};

// Colleague review: what a colleague prepared, for a second moderator to approve or send back.
// They see what changed from the author's original, the themes, and the reply (or the reason
// the author will read).
export async function ApprovalPanel({ story, prepared, viewerId, reply }: Props) {
  const t = await getTranslations("Review.approval");
  const format = await getFormatter();
  const date = format.dateTime(prepared.preparedAt, { dateStyle: "long", timeStyle: "short" });
  const byline = prepared.preparedBy
    ? t(prepared.kind === "PUBLISH" ? "preparedPublish" : "preparedReject", { name: prepared.preparedBy.name, date })
    : t("preparedUnknown", { date });
  const erased = story.originalTitle === null || story.originalBody === null;
  const unchanged = !erased && story.title === story.originalTitle && story.body === story.originalBody;
  const labels = { removedLabel: t("removed"), addedLabel: t("added") };

  return (
    <section className="card" aria-labelledby="approval-heading">
      <h2 id="approval-heading">{t("heading")}</h2>
      <p>{byline}</p>
      {prepared.kind === "PUBLISH" ? (
        <>
          <h3>{t("diffHeading")}</h3>
          {erased ? <p className="hint">{t("originalErased")}</p> : null}
          {unchanged ? <p className="hint">{t("noChanges")}</p> : null}
          {!erased && !unchanged ? (
            <>
              <p className="hint">{t("diffHint")}</p>
              <h4>{t("diffTitle")}</h4>
              <TextDiff before={story.originalTitle!} after={story.title} {...labels} />
              <h4>{t("diffBody")}</h4>
              <TextDiff before={story.originalBody!} after={story.body} {...labels} />
            </>
          ) : null}
          <p>
            <strong>{t("tags")}:</strong> {story.tags.map(({ tag }) => tag.name).join(", ")}
          </p>
          <h3>{t("replyHeading")}</h3>
          <p className={styles.preparedText}>{reply}</p>
        </>
      ) : (
        <>
          <h3>{t("reasonHeading")}</h3>
          <p className={styles.preparedText}>{prepared.reason}</p>
        </>
      )}
      <ApprovalActions storyId={story.id} version={story.version} kind={prepared.kind} own={prepared.preparedById === viewerId} />
    </section>
  );
}
