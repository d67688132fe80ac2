import type { ActionRequestRefusal } from "./screen-action-request";
import { readBodyWithinLimit } from "./read-body-within-limit";

// The largest body any route handler under app/api takes is next-auth's login form: a CSRF
// token, a callback address, an e-mail (at most 320 characters) and a password (at most 200),
// each up to 9 bytes a character once percent-encoded. Nothing larger is read, parsed or
// normalised: a 16 MB login once held the whole server for seconds.
export const API_BODY_LIMIT_BYTES = 16 * 1024;

export async function screenApiRequest(request: Request): Promise<ActionRequestRefusal | null> {
  const body = await readBodyWithinLimit(request, API_BODY_LIMIT_BYTES);
  return body ? null : { code: "BODY_TOO_LARGE" };
}
