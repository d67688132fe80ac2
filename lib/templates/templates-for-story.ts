import type { Locale } from "@/lib/locales";

export type TemplatesForStory<T> = {
  // Templates written in the story's language (Swedish ones, for a Swedish story).
  inStoryLanguage: T[];
  // For a Finnish or English story: the Swedish templates, the fallback every story has.
  swedish: T[];
  // Templates in a third language, offered last.
  other: T[];
};

// What the reply composer offers for a story: a reply in the language the author wrote in
// first, then the Swedish templates, then any others, each group in the templates' own order.
export function templatesForStory<T extends { language: Locale }>(templates: readonly T[], storyLanguage: Locale): TemplatesForStory<T> {
  return {
    inStoryLanguage: templates.filter((template) => template.language === storyLanguage),
    swedish: storyLanguage === "sv" ? [] : templates.filter((template) => template.language === "sv"),
    other: templates.filter((template) => template.language !== storyLanguage && template.language !== "sv"),
  };
}
