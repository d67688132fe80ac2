import { buildOpenApiDocument } from "@/lib/api/openapi-document";
import { publicRead, withApiErrors } from "@/lib/http/api-responses";

export const dynamic = "force-dynamic";

// The document depends on the code and the configured public address only: built once.
let document: string | undefined;

// GET /api/v1/openapi.json : the OpenAPI 3.1 description of the public API and the feeds.
export const GET = withApiErrors(async (request: Request) => {
  document ??= JSON.stringify(buildOpenApiDocument());
  return publicRead(request, document, "application/json");
});
