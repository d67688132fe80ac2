import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/forms/form-message";
import { type Klart, type KlartPage, readKlart } from "@/lib/routes";

// What each page says when a form has sent someone back to it with ?klart=… (lib/routes.ts
// types the values per page). A value without a message here fails tsc.
const texts: { [Page in KlartPage]: (klart: Klart<Page>) => Promise<string> } = {
  receipt: async (klart) => (await getTranslations("AuthorControl.done"))(({ andrad: "edited", tillbakadragen: "withdrawn" } as const)[klart]),
  queue: async (klart) => (await getTranslations("Review.notice"))(klart),
  amendment: async (klart) => (await getTranslations("Facts.amendment.notice"))(klart),
  fact: async (klart) => (await getTranslations("Facts.notice"))(klart),
  templates: async (klart) => (await getTranslations("Templates.notice"))(klart),
  tags: async (klart) => (await getTranslations("Tags.notice"))(klart),
  answer: async (klart) => (await getTranslations("AnswerModeration.notice"))(klart),
  respondStory: async (klart) => (await getTranslations("Answers.notice"))(klart),
};

// The confirmation a page shows after a change made on it (or on the page before): the page
// passes its searchParams.klart, and anything the page does not name shows nothing.
export async function DoneNotice<Page extends KlartPage>({ page, klart }: { page: Page; klart?: string | string[] }) {
  const value = readKlart(page, klart);
  if (!value) return null;
  const text = await (texts[page] as (klart: Klart<Page>) => Promise<string>)(value);
  return <FormMessage kind="success">{text}</FormMessage>;
}
