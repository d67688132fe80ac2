// THE SEAM between what readers see and the domain's read functions: pages and the public API
// read through these, never through the domain functions directly, so every public read is
// cached and every cached read is dropped by lib/cache/public-change.ts. To serve a new listing
// or search function, wrap it here the same way: a key that names every argument, and the call.
import { isPublicId } from "@/lib/ids/public-id";
import { getPublishedStory } from "@/lib/stories/get-published-story";
import { listPublishedStories } from "@/lib/stories/list-published-stories";
import { listTags } from "@/lib/tags/list-tags";
import { listTagsWithCounts } from "@/lib/tags/list-tags-with-counts";
import { readThroughPublicCache } from "./public-cache";

type ListOptions = Parameters<typeof listPublishedStories>[0];

// The whole options object is the key, so an option added later can never be left out of it.
export function readPublishedStories(options: ListOptions) {
  return readThroughPublicCache(JSON.stringify(["stories", options]), () => listPublishedStories(options));
}

// A malformed id is answered without the database, and is not worth an entry that pushes a
// real one out.
export function readPublishedStory(options: { id: string }) {
  if (!isPublicId(options.id)) return getPublishedStory(options);
  return readThroughPublicCache(JSON.stringify(["story", options.id]), () => getPublishedStory(options));
}

export function readTags() {
  return readThroughPublicCache("tags", () => listTags());
}

export function readTagsWithCounts() {
  return readThroughPublicCache("tags-with-counts", () => listTagsWithCounts());
}
