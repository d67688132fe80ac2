import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { routes } from "@/lib/routes";
import { ATOM_CONTENT_TYPE } from "./build-story-feed";
import { storyFeedTitle } from "./story-feed-title";

type Named = { slug: string; name: string };

// The `<link rel="alternate" type="application/atom+xml">` of a list page's head: the feed of
// the same theme and municipality, at its absolute address, titled in the page's language.
export async function storyFeedAlternates({ tag, municipality }: { tag?: Named; municipality?: Named } = {}): Promise<Metadata["alternates"]> {
  const t = await getTranslations("Feeds");
  const url = absoluteUrl(routes.feed({ tagg: tag?.slug, kommun: municipality?.slug }));
  return { types: { [ATOM_CONTENT_TYPE.split(";")[0]]: [{ url, title: storyFeedTitle(t, { tag: tag?.name, municipality: municipality?.name }) }] } };
}
