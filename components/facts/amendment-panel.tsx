import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import reviewStyles from "@/components/mod/review/review.module.css";
import { TextDiff } from "@/components/mod/review/text-diff";
import type { ReplyAmendmentView } from "@/lib/moderation/reply-amendments";
import { routes } from "@/lib/routes";
import { AmendReplyForm } from "./amend-reply-form";
import { AmendmentActions } from "./amendment-actions";

type Props = { amendment: ReplyAmendmentView; viewerId: string; reviewInForce: boolean };

// A colleague's amendment of a published reply: what readers read now against the prepared text,
// word by word, for a second moderator to approve or send back. Once sent back, the comment and
// the text to change and prepare again.
export async function AmendmentPanel({ amendment, viewerId, reviewInForce }: Props) {
  const [t, format] = await Promise.all([getTranslations("Facts.amendment"), getFormatter()]);
  const date = (at: Date) => format.dateTime(at, { dateStyle: "long", timeStyle: "short" });
  const story = amendment.reply.story;
  const stale = amendment.reply.body !== amendment.baseBody;
  return (
    <>
      <p>
        {amendment.preparedBy ? t("prepared", { name: amendment.preparedBy.name, date: date(amendment.preparedAt) }) : t("preparedUnknown", { date: date(amendment.preparedAt) })}{" "}
        <Link href={routes.story(story.id)}>{t("storyLink")}</Link>
      </p>
      {amendment.returnedAt ? (
        <section className="card" aria-labelledby="amendment-returned-heading">
          <h2 id="amendment-returned-heading">{t("returnedHeading")}</h2>
          <p>{amendment.returnedBy ? t("returnedBy", { name: amendment.returnedBy.name, date: date(amendment.returnedAt) }) : t("returnedUnknown", { date: date(amendment.returnedAt) })}</p>
          <p className={reviewStyles.preparedText}>{amendment.returnComment}</p>
          <h3>{t("prepareAgainHeading")}</h3>
          <AmendReplyForm replyId={amendment.replyId} returnTo={{ page: "amendment" }} suggestion={amendment.body} reviewInForce={reviewInForce} />
        </section>
      ) : (
        <section className="card" aria-labelledby="amendment-diff-heading">
          <h2 id="amendment-diff-heading">{t("diffHeading")}</h2>
          {stale ? <p className="hint">{t("stale")}</p> : <p className="hint">{t("diffHint")}</p>}
          <TextDiff before={amendment.reply.body} after={amendment.body} removedLabel={t("removed")} addedLabel={t("added")} />
          <h3>{t("newText")}</h3>
          <p className={reviewStyles.preparedText}>{amendment.body}</p>
          <AmendmentActions replyId={amendment.replyId} version={amendment.version} own={amendment.preparedById === viewerId} stale={stale} />
        </section>
      )}
    </>
  );
}
