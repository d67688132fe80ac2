import common from "@/messages/sv/common.json";
import author from "@/messages/sv/author.json";
import reader from "@/messages/sv/reader.json";
import safety from "@/messages/sv/safety.json";
import privacy from "@/messages/sv/privacy.json";
import abuse from "@/messages/sv/abuse.json";
import authorControl from "@/messages/sv/author-control.json";
import privacyPage from "@/messages/sv/privacy-page.json";
import readerAnswers from "@/messages/sv/reader-answers.json";
import municipality from "@/messages/sv/municipality.json";
import guide from "@/messages/sv/guide.json";
import statisticsPage from "@/messages/sv/statistics-page.json";
import feeds from "@/messages/sv/feeds.json";
import apiDocs from "@/messages/sv/api-docs.json";
import accessibility from "@/messages/sv/accessibility.json";
import storyLanguage from "@/messages/sv/story-language.json";
import moderation from "@/messages/sv/moderation.json";
import moderationReview from "@/messages/sv/moderation-review.json";
import moderationFacts from "@/messages/sv/moderation-facts.json";
import moderatorSecurity from "@/messages/sv/moderator-security.json";
import organisations from "@/messages/sv/organisations.json";
import responderArea from "@/messages/sv/responder-area.json";
import answers from "@/messages/sv/answers.json";
import answerModeration from "@/messages/sv/answer-moderation.json";
import alerts from "@/messages/sv/alerts.json";
import siteFeedback from "@/messages/sv/site-feedback.json";
import moderationLanguages from "@/messages/sv/moderation-languages.json";
import fiCommon from "@/messages/fi/common.json";
import fiAuthor from "@/messages/fi/author.json";
import fiReader from "@/messages/fi/reader.json";
import fiSafety from "@/messages/fi/safety.json";
import fiPrivacy from "@/messages/fi/privacy.json";
import fiAbuse from "@/messages/fi/abuse.json";
import fiAuthorControl from "@/messages/fi/author-control.json";
import fiPrivacyPage from "@/messages/fi/privacy-page.json";
import fiReaderAnswers from "@/messages/fi/reader-answers.json";
import fiMunicipality from "@/messages/fi/municipality.json";
import fiGuide from "@/messages/fi/guide.json";
import fiStatisticsPage from "@/messages/fi/statistics-page.json";
import fiFeeds from "@/messages/fi/feeds.json";
import fiApiDocs from "@/messages/fi/api-docs.json";
import fiAccessibility from "@/messages/fi/accessibility.json";
import fiStoryLanguage from "@/messages/fi/story-language.json";
import enCommon from "@/messages/en/common.json";
import enAuthor from "@/messages/en/author.json";
import enReader from "@/messages/en/reader.json";
import enSafety from "@/messages/en/safety.json";
import enPrivacy from "@/messages/en/privacy.json";
import enAbuse from "@/messages/en/abuse.json";
import enAuthorControl from "@/messages/en/author-control.json";
import enPrivacyPage from "@/messages/en/privacy-page.json";
import enReaderAnswers from "@/messages/en/reader-answers.json";
import enMunicipality from "@/messages/en/municipality.json";
import enGuide from "@/messages/en/guide.json";
import enStatisticsPage from "@/messages/en/statistics-page.json";
import enFeeds from "@/messages/en/feeds.json";
import enApiDocs from "@/messages/en/api-docs.json";
import enAccessibility from "@/messages/en/accessibility.json";
import enStoryLanguage from "@/messages/en/story-language.json";
import { defaultLocale, type Locale } from "@/lib/locales";

export { defaultLocale };

// Each file owns its own top-level namespaces, so the areas can grow without touching each other.
// The public pages' files come in Swedish, Finnish and English with the same namespaces and keys
// (test/i18n/message-keys.test.ts); the moderator and responder areas speak Swedish only.
const publicSv = {
  ...common,
  ...author,
  ...reader,
  ...safety,
  ...privacy,
  ...abuse,
  ...authorControl,
  ...privacyPage,
  ...readerAnswers,
  ...municipality,
  ...guide,
  ...statisticsPage,
  ...feeds,
  ...apiDocs,
  ...accessibility,
  ...storyLanguage,
};

const sv = {
  ...publicSv,
  ...moderation,
  ...moderationReview,
  ...moderationFacts,
  ...moderatorSecurity,
  ...organisations,
  ...responderArea,
  ...answers,
  ...answerModeration,
  ...alerts,
  ...siteFeedback,
  ...moderationLanguages,
};

export type Messages = typeof sv;

const publicFi = {
  ...fiCommon,
  ...fiAuthor,
  ...fiReader,
  ...fiSafety,
  ...fiPrivacy,
  ...fiAbuse,
  ...fiAuthorControl,
  ...fiPrivacyPage,
  ...fiReaderAnswers,
  ...fiMunicipality,
  ...fiGuide,
  ...fiStatisticsPage,
  ...fiFeeds,
  ...fiApiDocs,
  ...fiAccessibility,
  ...fiStoryLanguage,
};

const publicEn = {
  ...enCommon,
  ...enAuthor,
  ...enReader,
  ...enSafety,
  ...enPrivacy,
  ...enAbuse,
  ...enAuthorControl,
  ...enPrivacyPage,
  ...enReaderAnswers,
  ...enMunicipality,
  ...enGuide,
  ...enStatisticsPage,
  ...enFeeds,
  ...enApiDocs,
  ...enAccessibility,
  ...enStoryLanguage,
};

// Typed as Messages: a translated file that lacks a key the Swedish one has fails tsc. No
// public page reads a Swedish-only namespace, so Finnish and English carry the Swedish ones.
const byLocale: Record<Locale, Messages> = {
  sv,
  fi: { ...sv, ...publicFi },
  en: { ...sv, ...publicEn },
};

export function loadMessages(locale: Locale): Messages {
  return byLocale[locale];
}

// The message files every language has, by file name (the test compares their keys).
export const publicMessageFiles = ["common", "author", "reader", "safety", "privacy", "abuse", "author-control", "privacy-page", "reader-answers", "municipality", "guide", "statistics-page", "feeds", "api-docs", "accessibility", "story-language"] as const;
