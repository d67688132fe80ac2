import abuse from "@/messages/sv/abuse.json";
import author from "@/messages/sv/author.json";
import authorControl from "@/messages/sv/author-control.json";
import common from "@/messages/sv/common.json";
import moderation from "@/messages/sv/moderation.json";
import moderationReview from "@/messages/sv/moderation-review.json";
import moderationFacts from "@/messages/sv/moderation-facts.json";
import privacy from "@/messages/sv/privacy.json";
import moderatorSecurity from "@/messages/sv/moderator-security.json";
import privacyPage from "@/messages/sv/privacy-page.json";
import reader from "@/messages/sv/reader.json";
import safety from "@/messages/sv/safety.json";
import organisations from "@/messages/sv/organisations.json";
import responderArea from "@/messages/sv/responder-area.json";
import answers from "@/messages/sv/answers.json";
import answerModeration from "@/messages/sv/answer-moderation.json";
import alerts from "@/messages/sv/alerts.json";
import readerAnswers from "@/messages/sv/reader-answers.json";
import municipality from "@/messages/sv/municipality.json";

export const defaultLocale = "sv";

// Each file owns its own top-level namespaces, so the areas can grow without touching each other.
const sv = {
  ...common,
  ...author,
  ...reader,
  ...moderation,
  ...moderationReview,
  ...moderationFacts,
  ...safety,
  ...privacy,
  ...moderatorSecurity,
  ...abuse,
  ...authorControl,
  ...privacyPage,
  ...organisations,
  ...responderArea,
  ...answers,
  ...answerModeration,
  ...alerts,
  ...readerAnswers,
  ...municipality,
};

export type Messages = typeof sv;

export function loadMessages(_locale: string): Messages {
  return sv;
}
