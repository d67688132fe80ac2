import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { StaleFactsNotice } from "@/components/facts/stale-facts-notice";
import { ApprovalPanel } from "@/components/mod/review/approval-panel";
import { ClaimBanner } from "@/components/mod/review/claim-banner";
import { RejectStoryForm } from "@/components/mod/review/reject-story-form";
import styles from "@/components/mod/review/review.module.css";
import { StoryDecided } from "@/components/mod/review/story-decided";
import { StoryMeta } from "@/components/mod/review/story-meta";
import { StoryOriginal } from "@/components/mod/review/story-original";
import { KeyboardShortcuts } from "@/components/mod/keyboard-shortcuts";
import { StoryNotes } from "@/components/mod/review/story-notes";
import { StoryReviewForm } from "@/components/mod/review/story-review-form";
import { ReviewSafetyBanner } from "@/components/safety/review-safety-banner";
import { requireModerator } from "@/lib/auth/session";
import { getFactValues, listStaleFacts } from "@/lib/facts/list-facts";
import { getPreparedDecision } from "@/lib/moderation/colleague-review";
import { getStoryForReview } from "@/lib/moderation/get-story-for-review";
import { composeReply } from "@/lib/replies/compose-reply";
import { routes } from "@/lib/routes";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { listQueueIds } from "@/lib/moderation/list-queue";
import { listStoryNotes } from "@/lib/moderation/story-notes";
import { isAwaitingColleague, isAwaitingDecision } from "@/lib/stories/story-status";
import { listTags } from "@/lib/tags/list-tags";
import { listActiveTemplates } from "@/lib/templates/list-templates";
import { REJECTION_TEMPLATE_SLUG } from "@/lib/templates/rejection-template";
import { suggestedTemplateSlug } from "@/lib/safety/safety-flags";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Review");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function ReviewStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const moderator = await requireModerator();
  const { id } = await params;
  const story = await getStoryForReview({ storyId: id });
  if (!story) notFound();
  const [t, notes, prepared] = await Promise.all([getTranslations("Review"), listStoryNotes(story.id), getPreparedDecision(story.id)]);

  if (!isAwaitingDecision(story.status)) {
    return (
      <>
        <p>
          <Link href={routes.mod.queue()}>{t("backToQueue")}</Link>
        </p>
        <h1>{t("headingDecided")}</h1>
        <StoryMeta story={story} />
        <div className={styles.columns}>
          <StoryOriginal story={story} />
          <StoryDecided story={story} />
        </div>
        <StoryNotes storyId={story.id} notes={notes} />
      </>
    );
  }

  const [tags, templates, queueIds, colleagueReview, settings, format, facts, staleFacts] = await Promise.all([
    listTags(),
    listActiveTemplates(),
    listQueueIds(),
    getColleagueReview(),
    getSiteSettings(),
    getFormatter(),
    getFactValues(),
    listStaleFacts(),
  ]);
  const houseStyle = { replyOpening: settings.replyOpening, replyClosing: settings.replyClosing };
  // j and k open the next and previous story in the queue's own order.
  const place = queueIds.indexOf(story.id);
  const neighbour = (offset: number) => {
    const id = place === -1 ? undefined : queueIds[place + offset];
    return id ? routes.mod.story(id) : null;
  };
  const rejection = templates.find((template) => template.slug === REJECTION_TEMPLATE_SLUG) ?? null;
  // The rejection template is offered where a story is rejected, not as a reply to a publication.
  const replyTemplates = templates.filter((template) => template !== rejection);
  const suggested = replyTemplates.find((template) => template.slug === suggestedTemplateSlug(story.safetyFlags)) ?? null;

  // Waiting for a colleague: approve or send back; nobody edits the text meanwhile.
  if (isAwaitingColleague(story.status) && prepared) {
    return (
      <>
        <p>
          <Link href={routes.mod.queue()}>{t("backToQueue")}</Link>
        </p>
        <h1>{t("heading")}</h1>
        <KeyboardShortcuts mode="review" previousHref={neighbour(-1)} nextHref={neighbour(1)} />
        <ReviewSafetyBanner storyId={story.id} flags={story.safetyFlags} suggestedTemplateTitle={null} />
        <StaleFactsNotice facts={staleFacts} />
        <StoryMeta story={story} />
        <div className={styles.columns}>
          <StoryOriginal story={story} />
          <div className={styles.formColumn}>
            <ApprovalPanel
              story={story}
              prepared={prepared}
              viewerId={moderator.id}
              reply={prepared.replyBody === null ? null : composeReply(settings, prepared.replyBody)}
            />
          </div>
        </div>
        <StoryNotes storyId={story.id} notes={notes} />
      </>
    );
  }

  // Sent back by a colleague: their comment, and the preparer's reply or reason kept in the form.
  const returned = prepared?.returnedAt ? prepared : null;
  return (
    <>
      <p>
        <Link href={routes.mod.queue()}>{t("backToQueue")}</Link>
      </p>
      <h1>{t("heading")}</h1>
      <KeyboardShortcuts mode="review" previousHref={neighbour(-1)} nextHref={neighbour(1)} />
      <ClaimBanner storyId={story.id} />
      {returned ? (
        <section className="card" aria-labelledby="returned-heading">
          <h2 id="returned-heading">{t("returned.heading")}</h2>
          <p>
            {returned.returnedBy
              ? t("returned.byline", { name: returned.returnedBy.name, date: format.dateTime(returned.returnedAt!, { dateStyle: "long", timeStyle: "short" }) })
              : t("returned.bylineUnknown", { date: format.dateTime(returned.returnedAt!, { dateStyle: "long", timeStyle: "short" }) })}
          </p>
          <blockquote className={styles.preparedText}>{returned.returnComment}</blockquote>
          <p className="hint">{returned.kind === "PUBLISH" ? t("returned.replyKept") : t("returned.reasonKept")}</p>
        </section>
      ) : null}
      <ReviewSafetyBanner storyId={story.id} flags={story.safetyFlags} suggestedTemplateTitle={suggested?.title ?? null} />
      <StaleFactsNotice facts={staleFacts} />
      <StoryMeta story={story} />
      <div className={styles.columns}>
        <StoryOriginal story={story} />
        <div className={styles.formColumn}>
          <StoryReviewForm
            storyId={story.id}
            version={story.version}
            initial={{ title: story.title, body: story.body, tagIds: story.tags.map(({ tag }) => tag.id) }}
            tags={tags.map((tag) => ({ id: tag.id, name: tag.name }))}
            templates={replyTemplates.map(({ id: templateId, title, body }) => ({ id: templateId, title, body }))}
            suggestedTemplateId={suggested?.id ?? null}
            colleagueReview={colleagueReview.inForce}
            initialReply={returned?.kind === "PUBLISH" && returned.replyBody ? { body: returned.replyBody, templateId: returned.templateId } : null}
            houseStyle={houseStyle}
            facts={facts}
          />
          <RejectStoryForm
            storyId={story.id}
            version={story.version}
            template={rejection ? { title: rejection.title, body: rejection.body } : null}
            colleagueReview={colleagueReview.inForce}
            initialReason={returned?.kind === "REJECT" ? returned.reason : null}
          />
        </div>
      </div>
      <StoryNotes storyId={story.id} notes={notes} />
    </>
  );
}
