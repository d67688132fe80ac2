import { getFormatter, getTranslations } from "next-intl/server";
import { approveColleagueReviewOffAction } from "@/lib/actions/mod/review-setting";
import { type ColleagueReviewState, waitsForColleague } from "@/lib/settings/colleague-review";
import type { ColleagueReviewOffRequest } from "@/lib/settings/review-setting-change";
import { ApproveReviewOffButton } from "./approve-review-off-button";

type Props = { review: ColleagueReviewState; request: ColleagueReviewOffRequest | null; viewerId: string };

// On the queue, for every moderator: when answers go out without a colleague's reading, when
// review holds decisions because nobody else is active, and when an admin has asked to switch
// review off (with the approval, for anyone but the admin who asked). Nothing when review is in
// force as usual.
export async function ColleagueReviewNotice({ review, request, viewerId }: Props) {
  const [t, format] = await Promise.all([getTranslations("Queue.colleagueReview"), getFormatter()]);
  if (request) {
    const date = format.dateTime(request.requestedAt, { dateStyle: "long", timeStyle: "short" });
    const own = request.requestedById === viewerId;
    return (
      <section className="alert warning" aria-labelledby="kollegagranskning-begaran">
        <h2 id="kollegagranskning-begaran">{t("headingRequest")}</h2>
        <p>{own ? t("ownRequest", { date }) : t("request", { name: request.requestedByName, date })}</p>
        {own ? null : <ApproveReviewOffButton approve={approveColleagueReviewOffAction} />}
      </section>
    );
  }
  const held = waitsForColleague(review);
  if (review.inForce && !held) return null;
  const [heading, text] = held ? ["headingHeld", "held"] : ["headingOff", review.enabled ? "notInForce" : "off"];
  return (
    <section className="alert warning" aria-labelledby="kollegagranskning-status">
      <h2 id="kollegagranskning-status">{t(heading as "headingOff")}</h2>
      <p>{t(text as "off")}</p>
    </section>
  );
}
