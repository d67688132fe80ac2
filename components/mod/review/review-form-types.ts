import type { Locale } from "@/lib/locales";
import type { StoryReviewInput } from "@/lib/moderation/schemas";

export type TagOption = { id: string; name: string };
export type TemplateOption = { id: string; title: string; body: string; language?: Locale };
export type ReviewFormValues = StoryReviewInput;
