import { Feed } from "feed";
import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { routes } from "@/lib/routes";
import { instantOfPublicDate, toPublicDate } from "@/lib/stories/public-date";
import { makeExcerpt } from "@/lib/text/make-excerpt";
import { alertableResponderWhere, selectedStoriesWhere } from "./alert-selection";
import { hashFeedToken, isWellFormedFeedToken } from "./feed-token";

const FEED_LENGTH = 50;

// A responder's private Atom feed: the stories of their selection (lib/alerts/alert-selection.ts;
// with alerts off, every story of the organisation's municipalities), published only, each with
// its title, public link, day and public excerpt. Null for a token that opens nothing: unknown,
// renewed, or of a responder or organisation no longer active.
export async function buildResponderFeed({ token }: { token: string }): Promise<string | null> {
  if (!isWellFormedFeedToken(token)) return null;
  const responder = await db.moderator.findFirst({
    where: { feedTokenHash: hashFeedToken(token), ...alertableResponderWhere },
    select: { alertMode: true, alertTagIds: true, organisation: { select: { name: true, municipalityCodes: true } } },
  });
  if (!responder?.organisation) return null;
  const stories = await db.story.findMany({
    where: selectedStoriesWhere({ ...responder, municipalityCodes: responder.organisation.municipalityCodes }),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_LENGTH,
    select: { id: true, title: true, body: true, publishedAt: true },
  });
  const t = createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "Alerts.feed" });
  // Readers are told the day a story was published, never the moment (lib/stories/public-date.ts).
  const day = (at: Date | null) => instantOfPublicDate(toPublicDate(at ?? new Date(0)));
  const feed = new Feed({
    id: absoluteUrl(routes.respond.home()),
    link: absoluteUrl(routes.respond.home()),
    title: t("title", { organisation: responder.organisation.name }),
    language: defaultLocale,
    updated: stories.length > 0 ? day(stories[0].publishedAt) : new Date(0),
    copyright: "",
    generator: false,
  });
  for (const story of stories) {
    const link = absoluteUrl(routes.story(story.id));
    feed.addItem({ id: link, title: story.title, link, date: day(story.publishedAt), description: makeExcerpt(story.body) });
  }
  return feed.atom1();
}
