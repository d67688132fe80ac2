import { getTranslations } from "next-intl/server";
import type { StoryVoiceCounts } from "@/lib/reader/count-story-voices";
import { routes } from "@/lib/routes";
import type { StoryVoice } from "@/lib/stories/story-list-query";
import styles from "./theme-voices.module.css";

// On a theme's list: both voices side by side, clients and relatives and staff, each a plain
// link to the same list filtered by who told the story, with its count. The current one is
// marked for screen readers with aria-current.
export async function ThemeVoices({
  tagSlug,
  municipalitySlug,
  answered,
  current,
  counts,
}: {
  tagSlug: string;
  municipalitySlug?: string;
  answered?: boolean;
  current?: StoryVoice;
  counts: StoryVoiceCounts;
}) {
  const t = await getTranslations("ReaderAnswers.voices");
  const link = (av?: StoryVoice) => routes.stories({ tagg: tagSlug, kommun: municipalitySlug, besvarade: answered ? "1" : undefined, av });
  const items = [
    { key: "all", href: link(), text: t("all", { count: counts.all }), current: current === undefined },
    { key: "klienter", href: link("klienter"), text: t("klienter", { count: counts.klienter }), current: current === "klienter" },
    { key: "personal", href: link("personal"), text: t("personal", { count: counts.personal }), current: current === "personal" },
  ];
  return (
    <nav aria-label={t("label")} className={styles.voices}>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.href} aria-current={item.current ? "page" : undefined}>
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
