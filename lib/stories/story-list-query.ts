import { z } from "zod";
import { findMunicipalityByInput } from "@/lib/municipalities";
import { pageFromSearchParam, pageParam } from "@/lib/pagination/page-param";

export const STORIES_PAGE_SIZE = 10;

const blankToUndefined = (value: unknown) => (value === "" ? undefined : value);

// Error messages are keys, translated where they are shown (Api.queryErrors).
const slugParam = z.preprocess(
  blankToUndefined,
  z
    .string()
    .max(100, "invalidSlug")
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "invalidSlug")
    .optional(),
);

// Who told the story, as readers filter by it: staff, or clients and their relatives.
export const STORY_VOICES = ["personal", "klienter"] as const;
export type StoryVoice = (typeof STORY_VOICES)[number];

const answeredParam = z.preprocess(blankToUndefined, z.enum(["1"], { message: "invalidAnswered" }).optional());
const voiceParam = z.preprocess(blankToUndefined, z.enum(STORY_VOICES, { message: "invalidVoice" }).optional());

// `GET /api/v1/stories?tagg=&kommun=&besvarade=&av=&page=`: strict, a client should hear about a bad value.
export const storyListApiQuerySchema = z.object({ tagg: slugParam, kommun: slugParam, besvarade: answeredParam, av: voiceParam, page: pageParam });
export type StoryListApiQuery = z.infer<typeof storyListApiQuerySchema>;

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

// `/berattelser?tagg=&kommun=&besvarade=1&av=&sida=&efter=&fore=` (and /sok with q=): lenient, a person who
// edits the address by hand gets page 1 rather than an error, and an unknown theme or
// municipality is reported kindly. efter/fore are keyset cursors (lib/stories/story-cursor.ts);
// one that does not parse is ignored.
export function parseStoryListPageParams(searchParams: SearchParams) {
  return {
    tagSlug: first(searchParams.tagg) || undefined,
    municipalitySlug: first(searchParams.kommun) || undefined,
    // Anything but the values a link or the form sends is read as "no filter".
    answered: first(searchParams.besvarade) === "1" ? (true as const) : undefined,
    voice: STORY_VOICES.find((voice) => voice === first(searchParams.av)),
    page: pageFromSearchParam(searchParams.sida),
    after: first(searchParams.efter) || undefined,
    before: first(searchParams.fore) || undefined,
    query: first(searchParams.q),
  };
}

// answered: only stories with a public answer from an organisation ("besvarade av socialtjänsten").
export type StoryFilter = { tagSlug?: string; municipalityCode?: string; answered?: true; voice?: StoryVoice };
export type UnknownFilterField = "tagg" | "kommun";

// Turns the slugs in an address into a filter the domain layer understands. The municipality
// may also be a name as a reader typed it in the filter ("Alingsås"; lib/municipalities).
// Values that name nothing are reported, never passed on, so they cannot match by accident.
export function resolveStoryFilter(
  input: { tagSlug?: string; municipalitySlug?: string; answered?: true; voice?: StoryVoice },
  knownTagSlugs: ReadonlySet<string>,
): { filter: StoryFilter; unknown: UnknownFilterField[] } {
  const filter: StoryFilter = {};
  if (input.answered) filter.answered = true;
  if (input.voice) filter.voice = input.voice;
  const unknown: UnknownFilterField[] = [];
  if (input.tagSlug) {
    if (knownTagSlugs.has(input.tagSlug)) filter.tagSlug = input.tagSlug;
    else unknown.push("tagg");
  }
  if (input.municipalitySlug) {
    const municipality = findMunicipalityByInput(input.municipalitySlug);
    if (municipality) filter.municipalityCode = municipality.code;
    else unknown.push("kommun");
  }
  return { filter, unknown };
}
