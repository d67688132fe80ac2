// A server action called from a browser sends its arguments as JSON text (React's encodeReply),
// or as multipart form data when an argument is a FormData (its root is the part named "0", its
// entries are the parts named "<n>_…", referred to as "$K<n>"). A body React would never send (not JSON,
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
  // Multipart bodies are screened part by part (screenMultipartActionBody).
  if (contentType?.toLowerCase().startsWith("multipart/form-data")) return "ok";
  return screenRoot(body, { formDataReferences: false });
}

// The root part of a multipart action call: the same plain values, plus references to the
// FormData arguments sent beside it. A reference to a Map, a stream, a promise or a file
// part ("$Q1", "$h1", "$@1", "$B1"…) is nothing our forms send, and Next fails on it with a 500.
export function screenMultipartActionBody(form: FormData): ActionBodyVerdict {
  const root = form.get("0");
  if (typeof root !== "string") return "malformed";
  return screenRoot(root, { formDataReferences: true });
}

function screenRoot(body: string, options: { formDataReferences: boolean }): ActionBodyVerdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return "malformed";
  }
  return Array.isArray(parsed) && onlyPlainValues(parsed, options) ? "ok" : "malformed";
}

// Our forms nest their arguments a few levels deep. A body nested thousands of levels deep
// (valid JSON: "[[[[…]]]]") is nothing a browser sends, and walking it recursively, here or in
// React's decoder, overflows the stack. The walk keeps its own stack and stops at this depth.
const MAX_DEPTH = 32;

function onlyPlainValues(root: unknown, options: { formDataReferences: boolean }): boolean {
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (typeof value === "string") {
      const plain = !value.startsWith("$") || plainSpecialValue.test(value) || (options.formDataReferences && /^\$K\d+$/.test(value));
      if (!plain) return false;
    } else if (value && typeof value === "object") {
      if (depth >= MAX_DEPTH) return false;
      for (const item of Array.isArray(value) ? value : Object.values(value)) pending.push({ value: item, depth: depth + 1 });
    }
  }
  return true;
}
