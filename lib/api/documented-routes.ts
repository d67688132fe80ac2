import { z } from "zod";
import { storyFeedQuerySchema } from "@/lib/feeds/build-story-feed";
import { routes } from "@/lib/routes";
import { statisticsResponseSchema } from "@/lib/statistics/open-statistics-schema";
import { storyListCursorApiQuerySchema, storySearchApiQuerySchema } from "@/lib/stories/story-list-api-query";
import { storyListResponseSchema, storyResponseSchema, tagsResponseSchema } from "./response-schemas";

// What an answer is: JSON of a documented shape, or an Atom feed.
type Body = { type: "application/json"; schema: z.ZodType } | { type: "application/atom+xml" };

export type DocumentedRoute = {
  // The OpenAPI path; `{name}` is the route folder `[name]` (app/api/v1/stories/[id]).
  path: string;
  operationId: string;
  // Its description, under ApiDocs.offers in the messages.
  offer: "stories" | "story" | "tags" | "search" | "feeds" | "statistics" | "openapi";
  // The very schema the route handler parses its query string with.
  query?: z.ZodObject;
  pathParams?: Record<string, z.ZodType>;
  body: Body;
  // The refusals it may answer with, each in the API's error format.
  refusals: (400 | 404 | 429 | 503)[];
  // An ETag and Cache-Control, and 304 for If-None-Match.
  conditional: boolean;
};

// Every route of the public API, and the feeds: lib/api/openapi-document.ts builds
// /api/v1/openapi.json from this list, and app/api/v1/openapi.integration.test.ts fails when a
// route under app/api/v1 is missing here, or a path here has no route.
export const documentedRoutes: DocumentedRoute[] = [
  {
    path: routes.api.v1.stories(),
    operationId: "listStories",
    offer: "stories",
    query: storyListCursorApiQuerySchema,
    body: { type: "application/json", schema: storyListResponseSchema },
    refusals: [400, 429],
    conditional: true,
  },
  {
    path: decodeURIComponent(routes.api.v1.story("{id}")),
    operationId: "getStory",
    offer: "story",
    pathParams: { id: z.string() },
    body: { type: "application/json", schema: storyResponseSchema },
    refusals: [404, 429],
    conditional: true,
  },
  {
    path: routes.api.v1.tags(),
    operationId: "listTags",
    offer: "tags",
    body: { type: "application/json", schema: tagsResponseSchema },
    refusals: [429],
    conditional: true,
  },
  {
    path: routes.api.v1.search(),
    operationId: "searchStories",
    offer: "search",
    query: storySearchApiQuerySchema,
    body: { type: "application/json", schema: storyListResponseSchema },
    refusals: [400, 429, 503],
    conditional: false,
  },
  {
    path: routes.feed(),
    operationId: "storyFeed",
    offer: "feeds",
    query: storyFeedQuerySchema,
    body: { type: "application/atom+xml" },
    refusals: [400, 404, 429],
    conditional: true,
  },
  {
    path: routes.api.v1.statistics(),
    operationId: "getStatistics",
    offer: "statistics",
    body: { type: "application/json", schema: statisticsResponseSchema },
    refusals: [429],
    conditional: true,
  },
  {
    path: routes.api.v1.openapi(),
    operationId: "getOpenApiDocument",
    offer: "openapi",
    body: { type: "application/json", schema: z.looseObject({ openapi: z.literal("3.1.0") }) },
    refusals: [],
    conditional: true,
  },
];
