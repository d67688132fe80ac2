import { defaultLocale, type Locale } from "@/lib/locales";
import type { authorRoles, dangerAnswers } from "@/lib/stories/schemas";

// The form holds exactly what the author typed; the schema trims and normalises on the way out.
export type StoryFormValues = {
  title: string;
  body: string;
  // The language the story is written in (the form starts from the page's language); optional
  // in the schema (older callers send none), always set in the form.
  language?: Locale;
  tagIds: string[];
  municipalityCode: string;
  authorRole: "" | (typeof authorRoles)[number];
  // Optional in the schema (older callers send none), always an array in the form.
  danger?: (typeof dangerAnswers)[number][];
  consent: boolean;
};

export const emptyStoryForm: StoryFormValues = {
  title: "",
  body: "",
  language: defaultLocale,
  tagIds: [],
  municipalityCode: "",
  authorRole: "",
  danger: [],
  consent: false,
};

// Field name → id of the element that should receive focus (and the summary's link target).
export const storyFieldIds: Record<keyof StoryFormValues, string> = {
  title: "title",
  body: "body",
  language: "language",
  tagIds: "tags-first",
  municipalityCode: "municipalityCode",
  authorRole: "authorRole-none",
  danger: "danger-CHILD_AT_RISK",
  consent: "consent",
};

export const storyFieldOrder = Object.keys(storyFieldIds) as (keyof StoryFormValues)[];

