import { type StaleFact, getFactValues, listStaleFacts } from "@/lib/facts/list-facts";
import { composeReply } from "@/lib/replies/compose-reply";
import { suggestedTemplateSlug } from "@/lib/safety/safety-flags";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { isAwaitingColleague, isAwaitingDecision } from "@/lib/stories/story-status";
import { type TagSummary, listTags } from "@/lib/tags/list-tags";
import { type ActiveTemplate, listActiveTemplates } from "@/lib/templates/list-templates";
import { REJECTION_TEMPLATE_SLUG } from "@/lib/templates/rejection-template";
import { templatesForStory } from "@/lib/templates/templates-for-story";
import type { FactValues } from "@/lib/templates/render-template";
import { type PreparedDecisionView, getPreparedDecision } from "./colleague-review";
import { type StoryForReview, getStoryForReview } from "./get-story-for-review";
import { listQueueIds } from "./list-queue";
import { type StoryNoteView, listStoryNotes } from "./story-notes";

// A decision a colleague sent back, with when.
export type ReturnedDecision = PreparedDecisionView & { returnedAt: Date };

type Common = { story: StoryForReview; notes: StoryNoteView[] };
// j and k open the next and previous story in the queue's own order.
export type QueueNeighbours = { previousId: string | null; nextId: string | null };
type Undecided = Common & { neighbours: QueueNeighbours; staleFacts: StaleFact[] };

// The review page has three modes, chosen here and nowhere else:
// - decided: the story as it was decided, with the decision;
// - approval: a colleague prepared a decision, which this moderator approves or sends back;
//   nobody edits the text meanwhile;
// - edit: the story waits for a decision; after a send-back, the colleague's comment and the
//   preparer's reply or reason are kept in the form.
export type ReviewView =
  | ({ mode: "decided" } & Common)
  | ({ mode: "approval"; prepared: PreparedDecisionView; reply: string | null } & Undecided)
  | ({
      mode: "edit";
      returned: ReturnedDecision | null;
      tags: TagSummary[];
      replyTemplates: ActiveTemplate[];
      rejection: ActiveTemplate | null;
      suggested: ActiveTemplate | null;
      colleagueReviewInForce: boolean;
      houseStyle: { replyOpening: string; replyClosing: string };
      facts: FactValues;
    } & Undecided);

export async function loadReviewView({ storyId }: { storyId: string }): Promise<ReviewView | null> {
  const story = await getStoryForReview({ storyId });
  if (!story) return null;
  const [notes, prepared] = await Promise.all([listStoryNotes(story.id), getPreparedDecision(story.id)]);
  if (!isAwaitingDecision(story.status)) return { mode: "decided", story, notes };

  const [tags, templates, queueIds, colleagueReview, settings, facts, staleFacts] = await Promise.all([
    listTags(),
    listActiveTemplates(),
    listQueueIds(),
    getColleagueReview(),
    getSiteSettings(),
    getFactValues(),
    listStaleFacts(),
  ]);
  const place = queueIds.indexOf(story.id);
  const neighbour = (offset: number) => (place === -1 ? null : (queueIds[place + offset] ?? null));
  const undecided = { story, notes, staleFacts, neighbours: { previousId: neighbour(-1), nextId: neighbour(1) } };

  if (isAwaitingColleague(story.status) && prepared) {
    return { mode: "approval", ...undecided, prepared, reply: prepared.replyBody === null ? null : composeReply(settings, prepared.replyBody) };
  }

  const rejection = templates.find((template) => template.slug === REJECTION_TEMPLATE_SLUG) ?? null;
  // The rejection template is offered where a story is rejected, not as a reply to a publication.
  // Templates in the story's language come first, then the Swedish ones.
  const offered = templatesForStory(templates.filter((template) => template !== rejection), story.language);
  const replyTemplates = [...offered.inStoryLanguage, ...offered.swedish, ...offered.other];
  return {
    mode: "edit",
    ...undecided,
    returned: prepared?.returnedAt ? { ...prepared, returnedAt: prepared.returnedAt } : null,
    tags,
    replyTemplates,
    rejection,
    suggested: replyTemplates.find((template) => template.slug === suggestedTemplateSlug(story.safetyFlags)) ?? null,
    colleagueReviewInForce: colleagueReview.inForce,
    houseStyle: { replyOpening: settings.replyOpening, replyClosing: settings.replyClosing },
    facts,
  };
}
