import { z } from "zod";
import { authorRoles } from "@/lib/stories/schemas";

// sessionStorage, not localStorage, on purpose: many authors write on a shared or watched
// device (a family computer, a phone someone else checks). A draft must not outlive the tab
// it was written in, and nothing about the story is kept once it has been sent.
const DRAFT_KEY = "sakligt:berattelse-utkast";

// Consent is left out: it should be given knowingly at the moment of sending.
const draftSchema = z.object({
  title: z.string().catch(""),
  body: z.string().catch(""),
  tagIds: z.array(z.string()).catch([]),
  municipalityCode: z.string().catch(""),
  authorRole: z.enum([...authorRoles, ""]).catch(""),
});

export type StoryDraft = z.infer<typeof draftSchema>;

export function readStoryDraft(): StoryDraft | null {
  try {
    const raw = window.sessionStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    // Storage can be disabled or full (private browsing); the form still works without it.
    return null;
  }
}

export function writeStoryDraft(draft: Partial<Record<keyof StoryDraft, unknown>>) {
  try {
    const { title = "", body = "", tagIds = [], municipalityCode = "", authorRole = "" } = draft;
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ title, body, tagIds, municipalityCode, authorRole }));
  } catch {
    // See readStoryDraft: losing the draft copy is acceptable, breaking the form is not.
  }
}

export function clearStoryDraft() {
  try {
    window.sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
