import { getTranslations } from "next-intl/server";
import type { PublicStory } from "@/lib/stories/to-public-story";
import styles from "./story-card.module.css";

export type StoryBadgeKey = "staff" | "answered";

// What readers are told at a glance about a story: told by staff ("Berättat av personal"), and
// answered in public by an organisation. Words, never a colour or an icon alone.
export function storyBadgeKeys(story: Pick<PublicStory, "authorRole" | "answers">): StoryBadgeKey[] {
  return [...(story.authorRole === "PERSONAL" ? ["staff" as const] : []), ...(story.answers.length > 0 ? ["answered" as const] : [])];
}

export async function StoryBadges({ story }: { story: Pick<PublicStory, "authorRole" | "answers"> }) {
  const keys = storyBadgeKeys(story);
  if (keys.length === 0) return null;
  const t = await getTranslations("ReaderAnswers.badges");
  return (
    <ul className={styles.badges} aria-label={t("label")}>
      {keys.map((key) => (
        <li key={key} className={styles.badge}>
          {t(key)}
        </li>
      ))}
    </ul>
  );
}
