import type { AlertMode, Prisma } from "@/generated/prisma/client";
import { readerStoryWhere } from "@/lib/stories/visibility";

// Who may hear of stories at all: a responder whose account is active and who has set up
// two-factor login, of an organisation that is active.
export const alertableResponderWhere = {
  role: "RESPONDER",
  active: true,
  totpEnabledAt: { not: null },
  organisation: { is: { active: true } },
} satisfies Prisma.ModeratorWhereInput;

// The one definition of a responder's selection, shared by the alerts and the private feed:
// published stories of the organisation's municipalities, and with alerts on and themes
// chosen, only stories under one of them.
export type AlertSelection = { alertMode: AlertMode; alertTagIds: string[]; municipalityCodes: string[] };

export function chosenThemes({ alertMode, alertTagIds }: Pick<AlertSelection, "alertMode" | "alertTagIds">): string[] | null {
  return alertMode !== "NONE" && alertTagIds.length > 0 ? alertTagIds : null;
}

export function selectedStoriesWhere(selection: AlertSelection): Prisma.StoryWhereInput {
  const themes = chosenThemes(selection);
  return {
    ...readerStoryWhere,
    municipalityCode: { in: selection.municipalityCodes },
    ...(themes ? { tags: { some: { tagId: { in: themes } } } } : {}),
  };
}

// The same rule seen from a story: the responders whose selection covers it and who want alerts.
export function respondersAlertedWhere(story: { municipalityCode: string; tagIds: string[] }): Prisma.ModeratorWhereInput {
  return {
    ...alertableResponderWhere,
    alertMode: { not: "NONE" },
    organisation: { is: { active: true, municipalityCodes: { has: story.municipalityCode } } },
    OR: [{ alertTagIds: { isEmpty: true } }, { alertTagIds: { hasSome: story.tagIds } }],
  };
}
