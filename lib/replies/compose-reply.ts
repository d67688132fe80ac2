// The house style: every reply opens and closes the same agreed way. An admin sets the
// opening and the closing (SiteSetting.replyOpening/replyClosing); the moderator writes only the
// middle, and the published reply is the three together. An empty opening or closing is left
// out, so an install that has set neither publishes the middle as written.
export function composeReply({ replyOpening, replyClosing }: { replyOpening: string; replyClosing: string }, middle: string): string {
  return [replyOpening.trim(), middle.trim(), replyClosing.trim()].filter(Boolean).join("\n\n");
}
