import { countFindings, readReplacementCounts } from "./count-findings";
import { detectPersonalData } from "./detect-personal-data";
import type { ReplacementCounts } from "./redact-for-storage";

export type PrivacyMarkers = { remaining: ReplacementCounts; replaced: ReplacementCounts };

// What a queue item tells the moderator before opening it: how much the detector still finds
// in the current text, and how much the server replaced when the story arrived.
export function privacyMarkersFor({ title, body, autoReplacements }: { title: string; body: string; autoReplacements: unknown }): PrivacyMarkers {
  return {
    remaining: countFindings([...detectPersonalData(title), ...detectPersonalData(body)]),
    replaced: readReplacementCounts(autoReplacements),
  };
}
