import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { makeExcerpt } from "@/lib/stories/make-excerpt";
import type { PublicStory } from "@/lib/stories/to-public-story";
import { timeTag } from "./published-date";
import styles from "./story-card.module.css";
import { TagLinks } from "./tag-links";

// One story in a list: title, where and when, a short excerpt and its themes.
export async function StoryCard({ story, headingLevel }: { story: PublicStory; headingLevel: 2 | 3 }) {
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
      <p className={styles.excerpt}>{makeExcerpt(story.body)}</p>
      <TagLinks tags={story.tags} />
    </article>
  );
}

export function StoryCardList({ stories, headingLevel }: { stories: PublicStory[]; headingLevel: 2 | 3 }) {
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
