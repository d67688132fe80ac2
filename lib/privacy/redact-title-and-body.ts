import { addReplacementCounts, redactForStorage, type ReplacementCounts } from "./redact-for-storage";

// A story's title and body redacted for storage, with the counts Story.autoReplacements keeps
// so the moderators can see that something was replaced (never what it was).
export function redactTitleAndBody({ title, body }: { title: string; body: string }): {
  title: string;
  body: string;
  autoReplacements: ReplacementCounts;
} {
  const redactedTitle = redactForStorage(title);
  const redactedBody = redactForStorage(body);
  return {
    title: redactedTitle.text,
    body: redactedBody.text,
    autoReplacements: addReplacementCounts(redactedTitle.replacements, redactedBody.replacements),
  };
}
