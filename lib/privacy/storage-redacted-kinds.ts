import type { FindingKind } from "./types";

// The kinds that identify a person on their own and are never useful to a reader, so the
// server replaces them before anything is stored or could reach a log. Everything else the
// detector finds is only a suggestion: a date or a name can be part of what the story is about.
// A module of its own, so that the notice naming them does not load the detector.
export const STORAGE_REDACTED_KINDS: readonly FindingKind[] = ["personnummer", "samordningsnummer", "email", "phone"];
