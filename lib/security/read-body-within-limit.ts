// A request's body, read only up to a limit. The limit holds against what arrives, not only
// against what Content-Length declares: a body sent in chunks declares no length at all. Returns
// null as soon as the body is known to be larger, having read at most one chunk past the limit.
export async function readBodyWithinLimit(request: Request, limitBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= limitBytes)) return null;
  if (!request.body) return new Uint8Array();
  // A copy, so that whoever handles the request next still gets the whole body.
  const reader = request.clone().body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limitBytes) return null;
      chunks.push(value);
    }
  } finally {
    // Not awaited: a copy's cancel settles only once the original is cancelled too.
    reader.cancel().catch(() => {});
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
