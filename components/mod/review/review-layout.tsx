import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { StoryForReview } from "@/lib/moderation/get-story-for-review";
import type { StoryNoteView } from "@/lib/moderation/story-notes";
import { routes } from "@/lib/routes";
import styles from "./review.module.css";
import { StoryMeta } from "./story-meta";
import { StoryNotes } from "./story-notes";
import { StoryOriginal } from "./story-original";

// The frame every mode of the review page shares: the way back to the queue, the heading, the
// story's facts, the original beside what the mode offers, and the team's notes at the end.
export async function ReviewLayout({
  story,
  notes,
  decided = false,
  notices,
  children,
}: {
  story: StoryForReview;
  notes: StoryNoteView[];
  decided?: boolean;
  // Shortcuts, banners and notices, shown above the story.
  notices?: ReactNode;
  // Beside the original: the decision, or the forms that make one.
  children: ReactNode;
}) {
  const t = await getTranslations("Review");
  return (
    <>
      <p>
        <Link href={routes.mod.queue()}>{t("backToQueue")}</Link>
      </p>
      <h1>{decided ? t("headingDecided") : t("heading")}</h1>
      {notices}
      <StoryMeta story={story} />
      <div className={styles.columns}>
        <StoryOriginal story={story} />
        {decided ? children : <div className={styles.formColumn}>{children}</div>}
      </div>
      <StoryNotes storyId={story.id} notes={notes} />
    </>
  );
}
