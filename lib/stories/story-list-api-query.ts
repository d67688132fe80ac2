import { z } from "zod";
import { pageParam } from "@/lib/pagination/page-param";
import { searchTextSchema } from "./search-query";
import { decodeStoryCursor } from "./story-cursor";
import { storyListApiQuerySchema } from "./story-list-query";

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);
const cursorParam = z.preprocess(
  blankToUndefined,
  z.string().refine((value) => decodeStoryCursor(value) !== undefined, "invalidCursor").optional(),
);

// `GET /api/v1/stories?tagg=&kommun=&page=&after=&before=`: after/before are the nextCursor and
// previousCursor of an earlier answer, the cheap way through a long list.
export const storyListCursorApiQuerySchema = storyListApiQuerySchema.extend({ after: cursorParam, before: cursorParam });

// `GET /api/v1/search?q=&tagg=&kommun=&page=`. Message keys are under Api.queryErrors.
export const storySearchApiQuerySchema = storyListApiQuerySchema.extend({
  q: z.preprocess((value) => value ?? "", searchTextSchema),
  page: pageParam,
});

export const apiQueryErrorKeys = [
  "invalidPage",
  "invalidSlug",
  "invalidCursor",
  "invalidAnswered",
  "invalidVoice",
  "searchEmpty",
  "searchTooLong",
  "searchNoWords",
] as const;
