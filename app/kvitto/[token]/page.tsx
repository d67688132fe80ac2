import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { submitAuthorComment } from "@/lib/actions/public/receipt";
import { DoneNotice } from "@/components/forms/done-notice";
import { AuthorCommentForm } from "@/components/receipt/author-comment-form";
import { AuthorControls } from "@/components/receipt/author-controls";
import { PublishedText } from "@/components/receipt/published-text";
import { ReceiptReplies } from "@/components/receipt/receipt-replies";
import { ReceiptStatus } from "@/components/receipt/receipt-status";
import { OrganisationAnswers } from "@/components/stories/organisation-answers";
import { toPublicAnswer } from "@/lib/stories/public-answers";
import { SaveLinkBox } from "@/components/receipt/save-link-box";
import { EmergencyNumbers } from "@/components/safety/emergency-numbers";
import { retentionConfig } from "@/lib/retention/retention-config";
import { routes } from "@/lib/routes";
import { localHref } from "@/lib/i18n/current-locale";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";
import { isAwaitingDecision } from "@/lib/stories/story-status";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ ny?: string | string[]; klart?: string | string[] }>;
};

// The token in this address is the author's only key. The page is kept out of search engines,
// and it links to nothing outside this site, so the address never leaves in a Referer header.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Receipt");
  return { title: t("metaTitle"), robots: "noindex" };
}

export default async function ReceiptPage({ params, searchParams }: Props) {
  const { token } = await params;
  const story = await getStoryByReceipt({ token });
  if (!story) notFound();
  const query = await searchParams;
  const justSent = query.ny === "1";
  const t = await getTranslations("Receipt");
  const format = await getFormatter();
  const tAnswers = await getTranslations("ReaderAnswers.receipt");
  const answers = story.status === "PUBLISHED" ? story.answers.map(toPublicAnswer) : [];

  return (
    <>
      <h1>{t("title")}</h1>
      {story.urgent && (justSent || isAwaitingDecision(story.status)) ? <EmergencyNumbers flags={story.safetyFlags} /> : null}
      {justSent ? <SaveLinkBox path={await localHref(routes.receipt(token))} /> : null}
      <DoneNotice page="receipt" klart={query.klart} />
      <ReceiptStatus id={story.id} status={story.status} rejectionReason={story.rejectionReason} />
      {story.status === "PUBLISHED" ? (
        <PublishedText story={story} />
      ) : (
        <section aria-labelledby="story-heading">
          <h2 id="story-heading">{t("storyHeading")}</h2>
          <p className="muted">
            {t("submittedAt", { date: format.dateTime(story.createdAt, { dateStyle: "long" }) })}. {t("storyNote")}
          </p>
          <article className="card">
            <h3 lang={story.language}>{story.title}</h3>
            <p className="story-text" lang={story.language}>
              {story.body}
            </p>
          </article>
        </section>
      )}
      <ReceiptReplies replies={story.replies} />
      {answers.length > 0 ? <OrganisationAnswers answers={answers} headingId="organisation-answers-heading" linkContact={false} /> : null}
      {story.status === "PUBLISHED" ? (
        <AuthorCommentForm
          token={token}
          submitAuthorComment={submitAuthorComment}
          intro={answers.length > 0 ? tAnswers("commentIntro") : undefined}
        />
      ) : null}
      <AuthorControls token={token} status={story.status} withdrawnDays={retentionConfig().withdrawnDays} />
    </>
  );
}
