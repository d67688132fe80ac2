import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { routes } from "@/lib/routes";
import { buildAtomFeed } from "@/lib/feeds/build-atom-feed";
import { toPublicDate } from "@/lib/stories/public-date";
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
  return buildAtomFeed({
    link: absoluteUrl(routes.respond.home()),
    title: t("title", { organisation: responder.organisation.name }),
    language: defaultLocale,
    entries: stories.map((story) => ({
      link: absoluteUrl(routes.story(story.id)),
      title: story.title,
      day: toPublicDate(story.publishedAt ?? new Date(0)),
      summary: makeExcerpt(story.body),
    })),
  });
}
