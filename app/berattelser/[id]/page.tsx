import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CommentSection } from "@/components/comments/comment-section";
import { submitComment } from "@/lib/actions/public/comment";
import { CommentList } from "@/components/stories/comment-list";
import { OrganisationAnswers } from "@/components/stories/organisation-answers";
import { ReplyList } from "@/components/stories/reply-list";
import { StoryBadges } from "@/components/stories/story-badges";
import { StoryMeta } from "@/components/stories/story-meta";
import { StoryText } from "@/components/stories/story-text";
import { TagLinks } from "@/components/stories/tag-links";
import { readPublishedStory } from "@/lib/reader/public-reads";
import { routes } from "@/lib/routes";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// Metadata and page share one lookup per request.
const loadStory = cache(async (id: string) => readPublishedStory({ id, locale: await currentLocale() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await loadStory((await params).id);
  // An unpublished story gets the same (default) metadata as one that does not exist.
  return story ? { title: story.title } : {};
}

export default async function StoryPage({ params }: Props) {
  const story = await loadStory((await params).id);
  if (!story) notFound();
  const [t, guide] = await Promise.all([getTranslations("Story"), getTranslations("Guide.links")]);
  return (
    <>
      <article aria-labelledby="berattelse-rubrik">
        <h1 id="berattelse-rubrik" lang={story.language}>
          {story.title}
        </h1>
        <StoryMeta story={story} />
        <StoryBadges story={story} />
        <TagLinks tags={story.tags} />
        <StoryText text={story.body} lang={story.language} />
      </article>
      <ReplyList replies={story.replies} />
      <p>{guide.rich("story", { link: (text) => <Link href={routes.guide()}>{text}</Link> })}</p>
      <OrganisationAnswers answers={story.answers} />
      <CommentList comments={story.comments} />
      <CommentSection storyId={story.id} submitComment={submitComment} />
      <p>
        <Link href={routes.stories()}>{t("backToList")}</Link>
      </p>
    </>
  );
}
