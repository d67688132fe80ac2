import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { readStories, readTags } from "@/lib/reader/public-reads";
import { routes } from "@/lib/routes";
import { type StoryFilter, storyListApiQuerySchema } from "@/lib/stories/story-list-query";
import { makeExcerpt } from "@/lib/text/make-excerpt";
import { buildAtomFeed } from "./build-atom-feed";
import { storyFeedTitle } from "./story-feed-title";

// `/atom.xml?tagg=&kommun=`: the list API's own parameters, read the same strict way.
export const storyFeedQuerySchema = storyListApiQuerySchema.pick({ tagg: true, kommun: true });

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

// Enough for a reader who checks once a week; older stories are on the list pages.
export const STORY_FEED_LENGTH = 30;

// The public Atom feed of published stories, all or of one theme and/or municipality, read
// through the same cached list as the pages and the API (so a withdrawal retires it with them).
// Each entry is what a story card shows: title, link, day, excerpt and themes; nothing of the
// author or of moderation. The feed is in Swedish at one address, whatever the reader's language.
export async function buildStoryFeed({ filter }: { filter: Pick<StoryFilter, "tagSlug" | "municipalityCode"> }): Promise<string> {
  const [tags, list] = await Promise.all([readTags(), readStories({ filter, pageSize: STORY_FEED_LENGTH })]);
  const municipality = filter.municipalityCode ? findMunicipalityByCode(filter.municipalityCode) : undefined;
  const tagName = tags.find((tag) => tag.slug === filter.tagSlug)?.name;
  const query = { tagg: filter.tagSlug, kommun: municipality?.slug };
  const t = createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "Feeds" });
  return buildAtomFeed({
    link: absoluteUrl(routes.stories(query)),
    self: absoluteUrl(routes.feed(query)),
    title: storyFeedTitle(t, { tag: tagName, municipality: municipality?.name }),
    subtitle: t("subtitle"),
    language: defaultLocale,
    entries: list.stories.map((story) => ({
      link: absoluteUrl(routes.story(story.id)),
      title: story.title,
      day: story.publishedAt,
      summary: makeExcerpt(story.body),
      categories: story.tags.map((tag) => tag.name),
    })),
  });
}
