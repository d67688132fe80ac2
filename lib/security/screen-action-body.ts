// A server action called from a browser sends its arguments as JSON text (React's encodeReply),
// or as multipart form data when a form is posted. A body React would never send (not JSON,
// not an argument list, a reference to a part that does not exist, too large) makes Next fail
// inside its decoder and answer 500 before any code of ours runs. The proxy refuses such bodies
// with a 400 instead, so a malformed request never looks like a crash.

export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024; // Next's default serverActions.bodySizeLimit

// The special values encodeReply writes for plain arguments; anything else beginning with "$"
// refers to a part of a multipart body or a stream, which a text body cannot have.
const plainSpecialValue = /^\$(\$|undefined$|-0$|Infinity$|-Infinity$|NaN$|n-?\d+$|D\d{4}-)/;

export type ActionBodyVerdict = "ok" | "malformed" | "too-large";

export function screenActionBody(contentType: string | null, body: string): ActionBodyVerdict {
  if (new TextEncoder().encode(body).length > ACTION_BODY_LIMIT_BYTES) return "too-large";
  // Multipart bodies (forms posted without JavaScript, FormData arguments) are Next's to parse.
  if (contentType?.toLowerCase().startsWith("multipart/form-data")) return "ok";
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "malformed";
  }
  return Array.isArray(parsed) && onlyPlainValues(parsed) ? "ok" : "malformed";
}

function onlyPlainValues(value: unknown): boolean {
  if (typeof value === "string") return !value.startsWith("$") || plainSpecialValue.test(value);
  if (Array.isArray(value)) return value.every(onlyPlainValues);
  if (value && typeof value === "object") return Object.values(value).every(onlyPlainValues);
  return true;
}
