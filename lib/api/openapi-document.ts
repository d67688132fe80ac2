import { z } from "zod";
import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { type DocumentedRoute, documentedRoutes } from "./documented-routes";
import { errorResponseSchema } from "./response-schemas";

// JSON Schema (2020-12, the dialect of OpenAPI 3.1) of what a client sends: a query value as it
// is written, before the route's coercion and defaults.
const inputSchema = (schema: z.ZodType) => withoutDialect(z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }));
const outputSchema = (schema: z.ZodType) => withoutDialect(z.toJSONSchema(schema, { io: "output", unrepresentable: "any" }));

function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

// /api/v1/openapi.json: generated from the zod schemas the route handlers parse their queries
// with and the shapes they answer with (lib/api/documented-routes.ts), so it cannot describe an
// API other than the one that runs. Descriptions are the Swedish messages of the /api page.
export function buildOpenApiDocument(routes: readonly DocumentedRoute[] = documentedRoutes) {
  const t = createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "ApiDocs" });
  const error = { "application/json": { schema: outputSchema(errorResponseSchema) } };
  const retryAfter = { "Retry-After": { description: t("openapi.retryAfter"), schema: { type: "integer", minimum: 1 } } };
  const refusals = {
    400: { description: t("openapi.badRequest"), content: error },
    404: { description: t("openapi.notFound"), content: error },
    429: { description: t("openapi.tooMany"), headers: retryAfter, content: error },
    503: { description: t("openapi.busy"), headers: retryAfter, content: error },
  };
  const paths: Record<string, unknown> = {};
  for (const route of routes) {
    const query = Object.entries(route.query?.shape ?? {}).map(([name, schema]) => ({
      name,
      in: "query",
      // Required when leaving it out is refused (the search text).
      required: !(schema as z.ZodType).safeParse(undefined).success,
      schema: inputSchema(schema as z.ZodType),
    }));
    const inPath = Object.entries(route.pathParams ?? {}).map(([name, schema]) => ({ name, in: "path", required: true, schema: inputSchema(schema) }));
    const content =
      route.body.type === "application/json" ? { "application/json": { schema: outputSchema(route.body.schema) } } : { "application/atom+xml": { schema: { type: "string" } } };
    const etag = route.conditional ? { headers: { ETag: { description: t("openapi.etag"), schema: { type: "string" } } } } : {};
    paths[route.path] = {
      get: {
        operationId: route.operationId,
        summary: t(`offers.${route.offer}`),
        parameters: [...inPath, ...query],
        responses: {
          200: { description: t("openapi.ok"), ...etag, content },
          ...(route.conditional ? { 304: { description: t("openapi.notModified") } } : {}),
          ...Object.fromEntries(route.refusals.map((status) => [status, refusals[status]])),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: { title: t("openapi.title"), version: "1", description: t("intro") },
    servers: [{ url: absoluteUrl("/").replace(/\/$/, "") }],
    paths,
  };
}
