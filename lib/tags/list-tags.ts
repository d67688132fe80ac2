import { db } from "@/lib/db";
import { defaultLocale, type Locale } from "@/lib/locales";
import { byNameIn, localizedTagDescription, localizedTagName, tagTextSelect } from "./localized-tag";

export type TagSummary = { id: string; slug: string; name: string; description: string };

// Tags are public themes (not moderator data), so the same list serves the author's form and
// the reader's filters: named in the page's language (Swedish where no translation is
// written) and sorted in its order (lib/tags/localized-tag.ts). The moderators' pages ask for
// Swedish, the default.
export async function listTags({ locale = defaultLocale }: { locale?: Locale } = {}): Promise<TagSummary[]> {
  const tags = await db.tag.findMany({ select: { id: true, slug: true, ...tagTextSelect } });
  return tags
    .map((tag) => ({ id: tag.id, slug: tag.slug, name: localizedTagName(tag, locale), description: localizedTagDescription(tag, locale) }))
    .sort(byNameIn(locale));
}
