import { getFormatter, getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/current-locale";
import { makeExcerpt } from "@/lib/text/make-excerpt";
import { instantOfPublicDate } from "@/lib/stories/public-date";
import type { PublicStory, SnippetPart } from "@/lib/stories/to-public-story";
import { storyBadgeKeys } from "./story-badges";
import { type CardData, StoryCards } from "./story-cards";

type ListedStory = PublicStory & { snippet?: SnippetPart[] };

// Two lines on a phone: enough to tell stories apart, and it keeps a list page within 30 KB, in
// Finnish too (longer words, and a `lang` on each Swedish story's card).
const EXCERPT_LENGTH = 150;

// A list of stories: title, where and when, a short excerpt (or a search hit's snippet) and
// themes. The words are prepared here, on the server; the cards themselves are drawn by a
// client component (./story-cards) from these few fields. Drawn by a server component, every
// card was spelled out twice in the page, once as HTML and once, element by element, in the
// data Next sends beside it: about 1 KB a card, a third of a list page's 30 KB budget.
export async function StoryCardList({ stories, headingLevel }: { stories: ListedStory[]; headingLevel: 2 | 3 }) {
  if (stories.length === 0) return null;
  const [t, tBadges, format, locale] = await Promise.all([getTranslations("Story"), getTranslations("ReaderAnswers.badges"), getFormatter(), currentLocale()]);
  const tagNames: Record<string, string> = {};
  const cards: CardData[] = stories.map((story) => {
    for (const tag of story.tags) tagNames[tag.slug] = tag.name;
    return {
      id: story.id,
      title: story.title,
      lang: story.language === locale ? undefined : story.language,
      text: story.snippet && story.snippet.length > 0 ? story.snippet.map((part) => (part.match ? [part.text] : part.text)) : makeExcerpt(story.body, EXCERPT_LENGTH),
      published: story.publishedAt,
      date: format.dateTime(instantOfPublicDate(story.publishedAt), { dateStyle: "long" }),
      place: story.municipality?.name,
      tags: story.tags.map((tag) => tag.slug),
      badges: storyBadgeKeys(story).map((key) => tBadges(key)),
    };
  });
  return (
    <StoryCards
      cards={cards}
      tagNames={tagNames}
      headingLevel={headingLevel}
      locale={locale}
      labels={{ published: t("publishedLabel"), tags: t("tagsLabel"), badges: tBadges("label") }}
    />
  );
}
