import { z } from "zod";
import { AuthorRole, ChangeKind, Language } from "@/generated/prisma/enums";
import type { TagWithCount } from "@/lib/reader/list-tags-with-counts";
import type { StoryListPage } from "@/lib/stories/list-stories";
import type { PublicStoryWithThread } from "@/lib/stories/to-public-story";

// The shapes the public API answers with, for its OpenAPI document (lib/api/openapi-document.ts).
// The types at the bottom fail tsc when a shape here and the type the routes send drift apart,
// in either direction; strict objects make the document refuse any field it does not name, so
// app/api/v1/openapi.integration.test.ts fails on a field that leaks into an answer.

const publicDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("En dag (ÅÅÅÅ-MM-DD), aldrig ett klockslag.");

const publicTag = z.strictObject({ slug: z.string(), name: z.string() });

const publicAnswer = z.strictObject({
  organisation: z.strictObject({ name: z.string(), contactEmail: z.string() }),
  body: z.string(),
  publishedAt: publicDate,
  marks: z.array(z.strictObject({ kind: z.enum(ChangeKind), description: z.string(), date: publicDate })),
});

const storyFields = {
  id: z.string(),
  title: z.string(),
  body: z.string(),
  language: z.enum(Language).describe("Språket berättelsen är skriven på."),
  tags: z.array(publicTag),
  municipality: z.strictObject({ code: z.string(), name: z.string(), slug: z.string() }).nullable(),
  authorRole: z.enum(AuthorRole).nullable(),
  publishedAt: publicDate,
  answers: z.array(publicAnswer),
};

const storyListItem = z.strictObject({ ...storyFields, snippet: z.array(z.strictObject({ text: z.string(), match: z.boolean() })).optional() });

export const storyListResponseSchema = z.strictObject({
  stories: z.array(storyListItem),
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
  totalPages: z.int(),
  totalIsCapped: z.boolean(),
  previousCursor: z.string().nullable(),
  nextCursor: z.string().nullable(),
});

export const storyResponseSchema = z.strictObject({
  story: z.strictObject({
    ...storyFields,
    replies: z.array(z.strictObject({ id: z.string(), body: z.string(), publishedAt: publicDate, amendedAt: publicDate.nullable() })),
    comments: z.array(z.strictObject({ id: z.string(), body: z.string(), createdAt: publicDate, byStoryAuthor: z.boolean() })),
  }),
});

export const tagsResponseSchema = z.strictObject({
  tags: z.array(z.strictObject({ slug: z.string(), name: z.string(), description: z.string(), storyCount: z.int() })),
});

// Every refusal: a code, its Swedish message, and for a bad query the message of each field.
export const errorResponseSchema = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
});

// Compile-time proof that the documented shapes are the sent ones.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(proof: T) => proof;
same<Same<z.infer<typeof storyListResponseSchema>, StoryListPage>>(true);
same<Same<z.infer<typeof storyResponseSchema>, { story: PublicStoryWithThread }>>(true);
same<Same<z.infer<typeof tagsResponseSchema>, { tags: TagWithCount[] }>>(true);
