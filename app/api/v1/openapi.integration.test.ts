import { readdirSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as feed } from "@/app/atom.xml/route";
import { documentedRoutes } from "@/lib/api/documented-routes";
import { publishStory } from "@/lib/moderation/publish-story";
import { createStory } from "@/lib/stories/create-story";
import { describeEachDatabase } from "@/test/db-harness";
import { MALMO } from "@/test/fixtures/organisation-fixtures";
import { allowSingleStepDecisions, sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { GET as openapi } from "./openapi.json/route";
import { GET as search } from "./search/route";
import { GET as statistics } from "./statistics/route";
import { GET as getStory } from "./stories/[id]/route";
import { GET as listStories } from "./stories/route";
import { GET as listTags } from "./tags/route";

process.env.NEXTAUTH_SECRET ??= "openapi-test-secret-0123456789abcdef";
process.env.RATE_LIMIT_API_PER_MINUTE = "100000";
process.env.RATE_LIMIT_SEARCHES_PER_MINUTE = "100000";

type Operation = {
  parameters: { name: string; in: "query" | "path"; required: boolean }[];
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
};
type Document = { openapi: string; paths: Record<string, { get: Operation }> };

const appDir = path.join(process.cwd(), "app");

// Every route handler under app/api/v1, as the OpenAPI path it serves: a folder [name] is {name}.
function apiRoutePaths(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^route\.tsx?$/.test(entry.name)) {
        found.push(`/${path.relative(appDir, dir).split(path.sep).join("/")}`.replace(/\[([^\]]+)\]/g, "{$1}"));
      }
    }
  };
  walk(path.join(appDir, "api", "v1"));
  return found.sort();
}

// The handlers, by documented path, called as Next calls them.
const handlers: Record<string, (query: URLSearchParams, pathParams?: Record<string, string>) => Promise<Response>> = {
  "/api/v1/stories": (query) => listStories(new NextRequest(`http://localhost/api/v1/stories?${query}`)),
  "/api/v1/stories/{id}": (_query, params) => getStory(new NextRequest("http://localhost/api/v1/stories/x"), { params: Promise.resolve({ id: params?.id ?? "" }) }),
  "/api/v1/tags": () => listTags(new NextRequest("http://localhost/api/v1/tags")),
  "/api/v1/search": (query) => search(new NextRequest(`http://localhost/api/v1/search?${query}`)),
  "/atom.xml": (query) => feed(new NextRequest(`http://localhost/atom.xml?${query}`)),
  "/api/v1/openapi.json": () => openapi(new NextRequest("http://localhost/api/v1/openapi.json")),
  "/api/v1/statistics": (query) => statistics(new NextRequest(`http://localhost/api/v1/statistics?${query}`)),
};

async function servedDocument(): Promise<Document> {
  const response = await openapi(new NextRequest("http://localhost/api/v1/openapi.json"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/json");
  return (await response.json()) as Document;
}

const queryNames = (operation: Operation) => operation.parameters.filter((p) => p.in === "query").map((p) => p.name).sort();
// The least a route needs to answer 200: the search text.
const baseQuery = (operation: Operation): [string, string][] => (queryNames(operation).includes("q") ? [["q", "beslut"]] : []);
// A value no documented parameter accepts.
const UNREADABLE = "!!";

describe("the OpenAPI document matches the routes", () => {
  let doc: Document;
  beforeAll(async () => {
    doc = await servedDocument();
  });

  it("is OpenAPI 3.1, with a path for every route handler under app/api/v1 and a route for every path", () => {
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.keys(doc.paths);
    expect(documented.filter((p) => p.startsWith("/api/v1/")).sort()).toEqual(apiRoutePaths());
    // The feeds are documented too, and each path outside /api/v1 is a route of the app.
    expect(documented).toContain("/atom.xml");
    for (const documentedPath of documented) expect(Object.keys(handlers), documentedPath).toContain(documentedPath);
  });

  it("documents exactly the query parameters of the schema each route parses its query with", () => {
    for (const route of documentedRoutes) {
      expect(queryNames(doc.paths[route.path].get), route.path).toEqual(Object.keys(route.query?.shape ?? {}).sort());
    }
  });

  it("compiles every documented schema as JSON Schema 2020-12", () => {
    const ajv = new Ajv2020({ strict: true });
    for (const [documentedPath, item] of Object.entries(doc.paths)) {
      for (const response of Object.values(item.get.responses)) {
        for (const media of Object.values(response.content ?? {})) expect(() => ajv.compile(media.schema), documentedPath).not.toThrow();
      }
    }
  });
});

describeEachDatabase("the OpenAPI document against the running routes", () => {
  let doc: Document;
  let storyId: string;
  let tagSlug: string;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  const expectDocumented = async (documentedPath: string, response: Response) => {
    const schema = doc.paths[documentedPath].get.responses[String(response.status)]?.content?.["application/json"]?.schema;
    expect(schema, `${documentedPath} ${response.status} is not documented`).toBeDefined();
    const validate = ajv.compile(schema!);
    const body: unknown = await response.json();
    expect(validate(body), `${documentedPath} ${response.status}: ${JSON.stringify(validate.errors)}`).toBe(true);
    return body;
  };

  beforeAll(async () => {
    doc = await servedDocument();
    const { tags } = await seedTagsAndTemplates();
    tagSlug = tags[0].slug;
    const moderatorId = (await seedModerator()).id;
    await allowSingleStepDecisions();
    const title = "Ett beslut om bistånd";
    ({ storyId } = await createStory({ title, body: sampleBody, tagIds: [tags[0].id], municipalityCode: MALMO, authorRole: "KLIENT" }));
    await publishStory({ storyId, moderatorId, title, body: sampleBody, tagIds: [tags[0].id], version: 1, reply: { body: "Tack för att du berättar.", templateId: null } });
  });

  it("reads every documented query parameter: an unreadable value is refused by name", async () => {
    for (const [documentedPath, item] of Object.entries(doc.paths)) {
      for (const name of queryNames(item.get)) {
        const query = new URLSearchParams([...baseQuery(item.get).filter(([key]) => key !== name), [name, UNREADABLE]]);
        const response = await handlers[documentedPath](query);
        expect(response.status, `${documentedPath}?${query}`).toBe(400);
        const body = (await expectDocumented(documentedPath, response)) as { error: { fields: Record<string, string> } };
        expect(Object.keys(body.error.fields), `${documentedPath}?${query}`).toContain(name);
      }
    }
  });

  it("reads no query parameter it does not document", async () => {
    const everyName = new Set(Object.values(doc.paths).flatMap((item) => queryNames(item.get)));
    // Every name any list of this app reads (the API's and the pages'), and some a client might try.
    const likely = ["tagg", "kommun", "besvarade", "av", "page", "after", "before", "q", "sida", "efter", "fore", "limit", "offset", "sort", "lang", "format", "id"];
    for (const name of likely) everyName.add(name);
    for (const [documentedPath, item] of Object.entries(doc.paths)) {
      for (const name of [...everyName].filter((candidate) => !queryNames(item.get).includes(candidate))) {
        const response = await handlers[documentedPath](new URLSearchParams([...baseQuery(item.get), [name, UNREADABLE]]), { id: storyId });
        expect(response.status, `${documentedPath} read the undocumented ${name}`).toBe(200);
      }
    }
  });

  it("answers with the documented shapes, its refusals included", async () => {
    const list = (await expectDocumented("/api/v1/stories", await handlers["/api/v1/stories"](new URLSearchParams({ tagg: tagSlug })))) as { stories: unknown[] };
    expect(list.stories).toHaveLength(1);
    await expectDocumented("/api/v1/stories/{id}", await handlers["/api/v1/stories/{id}"](new URLSearchParams(), { id: storyId }));
    await expectDocumented("/api/v1/stories/{id}", await handlers["/api/v1/stories/{id}"](new URLSearchParams(), { id: "finns-inte" }));
    await expectDocumented("/api/v1/tags", await handlers["/api/v1/tags"](new URLSearchParams()));
    const found = (await expectDocumented("/api/v1/search", await handlers["/api/v1/search"](new URLSearchParams({ q: "beslut" })))) as { stories: unknown[] };
    expect(found.stories).toHaveLength(1);
    await expectDocumented("/atom.xml", await handlers["/atom.xml"](new URLSearchParams({ kommun: "finns-inte" })));
    const atom = await handlers["/atom.xml"](new URLSearchParams({ tagg: tagSlug }));
    expect(Object.keys(doc.paths["/atom.xml"].get.responses["200"].content ?? {})).toEqual([atom.headers.get("content-type")?.split(";")[0]]);
    await expectDocumented("/api/v1/openapi.json", await handlers["/api/v1/openapi.json"](new URLSearchParams()));
  });
});
