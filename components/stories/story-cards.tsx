"use client";

import styles from "./story-card.module.css";
import type { Locale } from "@/lib/locales";
import { localizeHref, routes } from "@/lib/routes";

export type CardData = {
  id: string;
  title: string;
  /** The language the story is written in, for `lang` on its title and excerpt; left out when it
   *  is the page's, which `<html lang>` already says (a list page stays within 30 KB). */
  lang?: string;
  /** An excerpt, or a search hit's snippet: plain strings, and the matched words in a one-element array. */
  text: string | (string | [string])[];
  /** The day (YYYY-MM-DD), for <time dateTime>. */
  published: string;
  /** The same date as readers in Sweden write it. */
  date: string;
  place?: string;
  tags: string[];
  /** Words such as "Berättat av personal", already translated on the server. */
  badges?: string[];
};

// The cards of a story list, drawn from the compact data StoryCardList prepares on the server.
// Every text is a text node: the reader's words are never markup. Links are plain <a>: a
// reader's page comes whole from the page cache, where a client-side navigation would ask the
// server to render it again.
export function StoryCards({
  cards,
  tagNames,
  headingLevel,
  labels,
  locale,
}: {
  cards: CardData[];
  tagNames: Record<string, string>;
  headingLevel: 2 | 3;
  labels: { published: string; tags: string; badges: string };
  /** The page's language: links stay on its pages. */
  locale: Locale;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="plain-list">
      {cards.map((card) => (
        <li key={card.id}>
          <article className="card">
            <Heading className={styles.title}>
              <a href={localizeHref(locale, routes.story(card.id))} lang={card.lang}>
                {card.title}
              </a>
            </Heading>
            <p className={styles.meta}>
              {labels.published} <time dateTime={card.published}>{card.date}</time>
              {card.place ? ` · ${card.place}` : null}
            </p>
            {card.badges && card.badges.length > 0 ? (
              <ul className={styles.badges} aria-label={labels.badges}>
                {card.badges.map((badge) => (
                  <li key={badge} className={styles.badge}>
                    {badge}
                  </li>
                ))}
              </ul>
            ) : null}
            <p className={styles.excerpt} lang={card.lang}>
              {typeof card.text === "string"
                ? card.text
                : card.text.map((part, index) => (typeof part === "string" ? part : <mark key={index}>{part[0]}</mark>))}
            </p>
            {card.tags.length > 0 ? (
              <ul className="tag-list" aria-label={labels.tags}>
                {card.tags.map((slug) => (
                  <li key={slug}>
                    <a className="tag" href={localizeHref(locale, routes.stories({ tagg: slug }))}>
                      {tagNames[slug]}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
