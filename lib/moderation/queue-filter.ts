import type { AnswerQueueView } from "@/lib/answers/list-answer-queue";
import { findMunicipalityByInput } from "@/lib/municipalities";
import type { QueueFilter } from "./list-queue";

type SearchValue = string | string[] | undefined;
export type QueueSearchParams = { klart?: SearchValue; visa?: SearchValue; tagg?: SearchValue; kommun?: SearchValue };

const first = (value: SearchValue) => (Array.isArray(value) ? value[0] : value) || undefined;

// What each ?visa= value on /mod narrows the queue to.
const views = {
  bradskande: "urgent",
  kollega: "awaitingColleague",
  mina: "claimedBy",
  hot: "staffThreat",
  svar: "answers",
} as const;

export type ParsedQueueFilter = {
  // What the filter form shows again, as the moderator typed it.
  values: { visa?: string; tagg?: string; kommun?: string };
  filter: QueueFilter;
  filtered: boolean;
  // A municipality that names none matches nothing, rather than the whole queue.
  unknownMunicipality: boolean;
  // Amendments of published replies have no theme, municipality or claim: they show unfiltered,
  // and among the decisions waiting for a colleague.
  showAmendments: boolean;
  // The organisations' answers are a kind of their own: shown in the whole queue, alone under
  // ?visa=svar, and those waiting for a colleague under ?visa=kollega; a theme or municipality
  // narrows them by their story. Null: the view has none (urgency, claims and threats are stories').
  answers: AnswerQueueView | null;
  // Under ?visa=svar the queue shows answers only.
  showStories: boolean;
};

// The queue's address (/mod?visa=…&tagg=…&kommun=…) as a filter. Unknown values narrow nothing:
// a theme that does not exist is ignored, an unknown ?visa= shows the whole queue.
export function parseQueueFilter({
  query,
  tagSlugs,
  moderatorId,
  now,
}: {
  query: QueueSearchParams;
  tagSlugs: readonly string[];
  moderatorId: string;
  now: Date;
}): ParsedQueueFilter {
  const values = { visa: first(query.visa), tagg: first(query.tagg), kommun: first(query.kommun) };
  const view = values.visa && Object.hasOwn(views, values.visa) ? views[values.visa as keyof typeof views] : undefined;
  const municipality = values.kommun ? findMunicipalityByInput(values.kommun) : undefined;
  const filter: QueueFilter = {
    urgent: view === "urgent",
    awaitingColleague: view === "awaitingColleague",
    claimedBy: view === "claimedBy" ? { moderatorId, now } : undefined,
    staffThreat: view === "staffThreat",
    tagSlug: values.tagg && tagSlugs.includes(values.tagg) ? values.tagg : undefined,
    municipalityCode: municipality?.code,
  };
  const filtered = Boolean(filter.urgent || filter.awaitingColleague || filter.claimedBy || filter.staffThreat || filter.tagSlug || values.kommun || view === "answers");
  const answers: AnswerQueueView | null = view === undefined || view === "answers" ? "all" : view === "awaitingColleague" ? "awaitingColleague" : null;
  return {
    values,
    filter,
    filtered,
    unknownMunicipality: Boolean(values.kommun && !municipality),
    showAmendments: !filtered || Boolean(filter.awaitingColleague && !filter.tagSlug && !values.kommun),
    answers,
    showStories: view !== "answers",
  };
}
