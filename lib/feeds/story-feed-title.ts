type FeedTitleKey = "title" | "titleTag" | "titleMunicipality" | "titleTagMunicipality";

// The feed's title, in the feed itself (Swedish) and on the link in a page's head (the page's
// language): one choice of message for the same filter in both places.
export function storyFeedTitle(t: (key: FeedTitleKey, values?: Record<string, string>) => string, names: { tag?: string; municipality?: string }): string {
  const { tag, municipality } = names;
  if (tag && municipality) return t("titleTagMunicipality", { tag, municipality });
  if (tag) return t("titleTag", { tag });
  if (municipality) return t("titleMunicipality", { municipality });
  return t("title");
}
