import type { AuthorRole, Language, Prisma } from "@/generated/prisma/client";
import { defaultLocale, type Locale } from "@/lib/locales";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { type PublicAnswer, toPublicAnswer } from "@/lib/stories/public-answers";
import { byNameIn, localizedTagName } from "@/lib/tags/localized-tag";
import { type PublicDate, toPublicDate } from "./public-date";
import type { readerCommentSelect, readerReplySelect, readerStorySelect } from "./visibility";

type ReaderStoryRow = Prisma.StoryGetPayload<{ select: typeof readerStorySelect }>;
type ReaderReplyRow = Prisma.ReplyGetPayload<{ select: typeof readerReplySelect }>;
type ReaderCommentRow = Prisma.CommentGetPayload<{ select: typeof readerCommentSelect }>;

export type PublicTag = { slug: string; name: string };
export type PublicMunicipality = { code: string; name: string; slug: string };

// The only shape of a story that pages and the API hand to readers.
export type PublicStory = {
  id: string;
  title: string;
  body: string;
  // The language the author wrote in: pages mark the title and text with it (`lang`).
  language: Language;
  // Named in the reader's language, in its order.
  tags: PublicTag[];
  municipality: PublicMunicipality | null;
  authorRole: AuthorRole | null;
  publishedAt: PublicDate;
  // Organisations' published answers, oldest first, each with its published change marks.
  answers: PublicAnswer[];
};
// Times are days (lib/stories/public-date.ts): readers need no finer time, and a finer one is a trace.
export type PublicReply = { id: string; body: string; publishedAt: PublicDate; amendedAt: PublicDate | null };
export type PublicComment = { id: string; body: string; createdAt: PublicDate; byStoryAuthor: boolean };
export type PublicStoryWithThread = PublicStory & { replies: PublicReply[]; comments: PublicComment[] };

// Fields are copied one by one rather than spread, so a column added to the select (or a whole
// row passed in by mistake) can never leak into a response.
// `locale` is the reader's page language, for the themes' names.
export function toPublicStory(row: ReaderStoryRow, locale: Locale = defaultLocale): PublicStory {
  const municipality = row.municipalityCode ? findMunicipalityByCode(row.municipalityCode) : undefined;
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    language: row.language,
    tags: row.tags
      .map(({ tag }) => ({ slug: tag.slug, name: localizedTagName(tag, locale) }))
      .sort(byNameIn(locale)),
    municipality: municipality ? { code: municipality.code, name: municipality.name, slug: municipality.slug } : null,
    authorRole: row.authorRole,
    // Readers only ever get published stories, which always have a publication time.
    publishedAt: toPublicDate(row.publishedAt ?? new Date(0)),
    answers: row.answers.map(toPublicAnswer),
  };
}

export function toPublicReply(row: ReaderReplyRow): PublicReply {
  return {
    id: row.id,
    body: row.body,
    publishedAt: toPublicDate(row.publishedAt ?? new Date(0)),
    amendedAt: row.amendedAt ? toPublicDate(row.amendedAt) : null,
  };
}

export function toPublicComment(row: ReaderCommentRow): PublicComment {
  return { id: row.id, body: row.body, createdAt: toPublicDate(row.createdAt), byStoryAuthor: row.byStoryAuthor };
}

// A search hit's snippet: the story's text around the words found, as plain text parts. The
// database marks the found words with two control characters that stored text cannot contain
// (lib/stories/search-stories.ts removes them from the text first), so no reader's text is
// ever parsed as markup; pages render the parts as text nodes.
export type SnippetPart = { text: string; match: boolean };
export const SNIPPET_START = "\u0001";
export const SNIPPET_STOP = "\u0002";

export function toPublicSnippet(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, chunk] of headline.split(SNIPPET_START).entries()) {
    const [inside, ...rest] = chunk.split(SNIPPET_STOP);
    const outside = rest.join("");
    if (index === 0) parts.push({ text: chunk.replaceAll(SNIPPET_STOP, ""), match: false });
    else parts.push({ text: inside, match: true }, { text: outside, match: false });
  }
  return parts.filter((part) => part.text.length > 0);
}
