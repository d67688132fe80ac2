import { z } from "zod";
import { locales } from "@/lib/locales";
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
  // Absent in drafts kept before the form asked; the form then keeps the page's language.
  language: z.enum(locales).optional().catch(undefined),
});

export type StoryDraft = z.infer<typeof draftSchema>;

export function readStoryDraft(): StoryDraft | null {
  try {
    const raw = window.sessionStorage.getItem(DRAFT_KEY);
    if (!raw) return null;
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const { language, ...rest } = parsed.data;
    return language ? { ...rest, language } : rest;
  } catch {
    // Storage can be disabled or full (private browsing); the form still works without it.
    return null;
  }
}

export function writeStoryDraft(draft: Partial<Record<keyof StoryDraft, unknown>>) {
  try {
    const { title = "", body = "", tagIds = [], municipalityCode = "", authorRole = "", language } = draft;
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ title, body, tagIds, municipalityCode, authorRole, language }));
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
