import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { makeExcerpt } from "@/lib/stories/make-excerpt";
import type { PublicStory, SnippetPart } from "@/lib/stories/to-public-story";
import { timeTag } from "./published-date";
import styles from "./story-card.module.css";
import { TagLinks } from "./tag-links";

type ListedStory = PublicStory & { snippet?: SnippetPart[] };

// A search hit's words in <mark>, every part a text node: the reader's text is never markup.
function Snippet({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text));
}

// One story in a list: title, where and when, a short excerpt (or a search hit's snippet) and
// its themes.
export async function StoryCard({ story, headingLevel }: { story: ListedStory; headingLevel: 2 | 3 }) {
  const t = await getTranslations("Story");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="card">
      <Heading className={styles.title}>
        <Link href={`/berattelser/${story.id}`}>{story.title}</Link>
      </Heading>
      <p className={styles.meta}>
        {t.rich("published", { date: story.publishedAt, time: timeTag(story.publishedAt) })}
        {story.municipality ? ` · ${story.municipality.name}` : null}
      </p>
      <p className={styles.excerpt}>
        {story.snippet && story.snippet.length > 0 ? <Snippet parts={story.snippet} /> : makeExcerpt(story.body)}
      </p>
      <TagLinks tags={story.tags} />
    </article>
  );
}

export function StoryCardList({ stories, headingLevel }: { stories: ListedStory[]; headingLevel: 2 | 3 }) {
  if (stories.length === 0) return null;
  return (
    <ul className="plain-list">
      {stories.map((story) => (
        <li key={story.id}>
          <StoryCard story={story} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
