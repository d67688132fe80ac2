import { type ActionRequestRefusal, screenActionRequest } from "./screen-action-request";
import { screenApiRequest } from "./screen-api-request";
import { routePatterns } from "@/lib/routes";

export type RequestRefusal = ActionRequestRefusal | { code: "METHOD_NOT_ALLOWED" };

// Requests that some library below us would answer with a 500, or would spend the server's
// time on (a body larger than any route takes), found in the proxy so the visitor gets a 4xx
// with a Swedish message instead.
export async function refuseUnservableRequest(request: Request): Promise<RequestRefusal | null> {
  const { pathname } = new URL(request.url);
  // next-auth's credentials callback takes only a POST; a GET (a typed or shared address) makes
  // it throw "Callback for provider type credentials not supported".
  if (routePatterns.credentialsCallback.test(pathname) && (request.method === "GET" || request.method === "HEAD")) {
    return { code: "METHOD_NOT_ALLOWED" };
  }
  // Route handlers get no body larger than the largest they take; Next treats only POSTs to
  // pages as server actions.
  if (routePatterns.api.test(pathname)) return screenApiRequest(request);
  return screenActionRequest(request);
}
