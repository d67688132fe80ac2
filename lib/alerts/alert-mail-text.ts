import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { routes } from "@/lib/routes";

export type AlertStory = { id: string; title: string };

// What an alert or a digest says. Its only inputs are a published story's title and id and the
// organisation's name: the body, the original text, notes, flags and the receipt never reach
// it, so no mail can carry them.
function translator() {
  return createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "Alerts.mail" });
}

export function alertMailText({ story, organisationName }: { story: AlertStory; organisationName: string }) {
  const t = translator();
  return {
    subject: t("alertSubject", { title: oneLine(story.title) }),
    text: t("alertText", { organisation: organisationName, title: story.title, link: absoluteUrl(routes.story(story.id)) }),
  };
}

export function digestMailText({ stories, organisationName }: { stories: AlertStory[]; organisationName: string }) {
  const t = translator();
  const list = stories.map((story) => `${story.title}\n${absoluteUrl(routes.story(story.id))}`).join("\n\n");
  return {
    subject: t("digestSubject", { count: stories.length }),
    text: t("digestText", { organisation: organisationName, count: stories.length, stories: list }),
  };
}

// A subject is one line.
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
