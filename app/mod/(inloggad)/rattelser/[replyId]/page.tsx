import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { AmendmentPanel } from "@/components/facts/amendment-panel";
import { DoneNotice } from "@/components/forms/done-notice";
import { requireModerator } from "@/lib/auth/session";
import { getReplyAmendment } from "@/lib/moderation/reply-amendments";
import { routes } from "@/lib/routes";
import { getColleagueReview } from "@/lib/settings/colleague-review";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Facts.amendment");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ replyId: string }>; searchParams: Promise<{ klart?: string | string[] }> };

// One amendment of a published reply waiting for a colleague (lib/moderation/reply-amendments.ts).
// After an approval the amendment is gone, so the page then says what happened rather than 404.
export default async function AmendmentPage({ params, searchParams }: Props) {
  const moderator = await requireModerator();
  const [{ replyId }, { klart }] = await Promise.all([params, searchParams]);
  const [amendment, review, t] = await Promise.all([getReplyAmendment(replyId), getColleagueReview(), getTranslations("Facts.amendment")]);
  return (
    <>
      <p>
        <Link href={routes.mod.queue()}>{t("backToQueue")}</Link>
      </p>
      <h1>{amendment ? t("heading", { title: amendment.reply.story.title }) : t("metaTitle")}</h1>
      <DoneNotice page="amendment" klart={klart} />
      {amendment ? <AmendmentPanel amendment={amendment} viewerId={moderator.id} reviewInForce={review.inForce} /> : <p>{t("empty")}</p>}
    </>
  );
}
