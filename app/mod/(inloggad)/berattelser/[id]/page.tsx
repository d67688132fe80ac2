import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StaleFactsNotice } from "@/components/facts/stale-facts-notice";
import { KeyboardShortcuts } from "@/components/mod/keyboard-shortcuts";
import { ApprovalPanel } from "@/components/mod/review/approval-panel";
import { ClaimBanner } from "@/components/mod/review/claim-banner";
import { RejectStoryForm } from "@/components/mod/review/reject-story-form";
import { ReturnedNotice } from "@/components/mod/review/returned-notice";
import { ReviewLayout } from "@/components/mod/review/review-layout";
import { StoryDecided } from "@/components/mod/review/story-decided";
import { StoryReviewForm } from "@/components/mod/review/story-review-form";
import { ReviewSafetyBanner } from "@/components/safety/review-safety-banner";
import { requireModerator } from "@/lib/auth/session";
import { type QueueNeighbours, loadReviewView } from "@/lib/moderation/review-view";
import { routes } from "@/lib/routes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Review");
  return { title: t("metaTitle") };
}

const storyHref = (id: string | null) => (id ? routes.mod.story(id) : null);

function Shortcuts({ neighbours }: { neighbours: QueueNeighbours }) {
  return <KeyboardShortcuts mode="review" previousHref={storyHref(neighbours.previousId)} nextHref={storyHref(neighbours.nextId)} />;
}

export default async function ReviewStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const moderator = await requireModerator();
  const { id } = await params;
  const view = await loadReviewView({ storyId: id });
  if (!view) notFound();
  const { story, notes } = view;

  if (view.mode === "decided") {
    return (
      <ReviewLayout story={story} notes={notes} decided>
        <StoryDecided story={story} />
      </ReviewLayout>
    );
  }

  if (view.mode === "approval") {
    return (
      <ReviewLayout
        story={story}
        notes={notes}
        notices={
          <>
            <Shortcuts neighbours={view.neighbours} />
            <ReviewSafetyBanner storyId={story.id} flags={story.safetyFlags} suggestedTemplateTitle={null} />
            <StaleFactsNotice facts={view.staleFacts} />
          </>
        }
      >
        <ApprovalPanel story={story} prepared={view.prepared} viewerId={moderator.id} reply={view.reply} />
      </ReviewLayout>
    );
  }

  const { returned, rejection, suggested } = view;
  return (
    <ReviewLayout
      story={story}
      notes={notes}
      notices={
        <>
          <Shortcuts neighbours={view.neighbours} />
          <ClaimBanner storyId={story.id} />
          {returned ? <ReturnedNotice returned={returned} /> : null}
          <ReviewSafetyBanner storyId={story.id} flags={story.safetyFlags} suggestedTemplateTitle={suggested?.title ?? null} />
          <StaleFactsNotice facts={view.staleFacts} />
        </>
      }
    >
      <StoryReviewForm
        storyId={story.id}
        version={story.version}
        initial={{ title: story.title, body: story.body, tagIds: story.tags.map(({ tag }) => tag.id) }}
        tags={view.tags.map((tag) => ({ id: tag.id, name: tag.name }))}
        templates={view.replyTemplates.map(({ id: templateId, title, body, language }) => ({ id: templateId, title, body, language }))}
        storyLanguage={story.language}
        suggestedTemplateId={suggested?.id ?? null}
        colleagueReview={view.colleagueReviewInForce}
        initialReply={returned?.kind === "PUBLISH" && returned.replyBody ? { body: returned.replyBody, templateId: returned.templateId } : null}
        houseStyle={view.houseStyle}
        facts={view.facts}
      />
      <RejectStoryForm
        storyId={story.id}
        version={story.version}
        template={rejection ? { title: rejection.title, body: rejection.body } : null}
        colleagueReview={view.colleagueReviewInForce}
        initialReason={returned?.kind === "REJECT" ? returned.reason : null}
      />
    </ReviewLayout>
  );
}
