import type { AuthorRole } from "@/generated/prisma/client";
import type { StoryVoice } from "./story-list-query";

// Who told the story, as readers filter by it: staff, or clients and their relatives. A story
// told by someone else (ANNAN) or by no one named belongs to neither. The count triggers
// (sakligt_story_voice, migration 20261205175000) hold the same mapping.
const rolesOfVoice = {
  personal: ["PERSONAL"],
  klienter: ["KLIENT", "ANHORIG"],
} as const satisfies Record<StoryVoice, readonly AuthorRole[]>;

export function voiceRoles(voice: StoryVoice): { in: AuthorRole[] } | AuthorRole {
  const roles: readonly AuthorRole[] = rolesOfVoice[voice];
  return roles.length === 1 ? roles[0] : { in: [...roles] };
}

export function voiceRoleList(voice: StoryVoice): readonly AuthorRole[] {
  return rolesOfVoice[voice];
}
