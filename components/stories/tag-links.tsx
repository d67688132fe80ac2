import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { PublicTag } from "@/lib/stories/to-public-story";

export function storiesHref(params: { tagg?: string; kommun?: string; sida?: number }) {
  const query = new URLSearchParams();
  if (params.tagg) query.set("tagg", params.tagg);
  if (params.kommun) query.set("kommun", params.kommun);
  if (params.sida && params.sida > 1) query.set("sida", String(params.sida));
  const search = query.toString();
  return search ? `/berattelser?${search}` : "/berattelser";
}

export async function TagLinks({ tags }: { tags: PublicTag[] }) {
  if (tags.length === 0) return null;
  const t = await getTranslations("Story");
  return (
    <ul className="tag-list" aria-label={t("tagsLabel")}>
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link className="tag" href={storiesHref({ tagg: tag.slug })}>
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
