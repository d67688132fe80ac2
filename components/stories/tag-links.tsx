import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";
import type { PublicTag } from "@/lib/stories/to-public-story";

export async function TagLinks({ tags }: { tags: PublicTag[] }) {
  if (tags.length === 0) return null;
  const t = await getTranslations("Story");
  return (
    <ul className="tag-list" aria-label={t("tagsLabel")}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link className="tag" href={routes.stories({ tagg: tag.slug })}>
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
