// Every moderator action, with every text field filled in turn with text the database cannot
// store (a NUL, a lone UTF-16 surrogate) or with a huge string, answers with a field error on
// that field: never UNEXPECTED, never a throw. The actions are found the way the guard test
// finds them (every export of lib/actions/mod/*.ts), so an action added later is fuzzed too.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, expect, it, vi } from "vitest";
import { z } from "zod";
import { inputSchemaOf } from "@/lib/actions/moderator-action";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { describeEachDatabase } from "@/test/db-harness";
import { cookieName, logInCookie } from "@/test/session-cookie";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.7" }),
    cookies: async () => cookieStoreOf(jar),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type Action = (input: unknown) => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }>;

const actionsDir = __dirname;
const actionFiles = fs.readdirSync(actionsDir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));

async function loadActions(): Promise<{ name: string; action: Action; textFields: string[] }[]> {
  const found = [];
  for (const file of actionFiles) {
    const module = (await import(path.join(actionsDir, file))) as Record<string, unknown>;
    for (const [name, action] of Object.entries(module)) {
      const schema = inputSchemaOf(action);
      expect(schema, `${file}: ${name} is a moderator action with a schema`).toBeDefined();
      found.push({ name: `${file}: ${name}`, action: action as Action, textFields: textFieldsOf(schema!) });
    }
  }
  return found;
}

// Fields whose input may be a string or a list of strings, read from the schema's input side.
function textFieldsOf(schema: z.ZodType): string[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as { properties?: Record<string, unknown> };
  return Object.entries(json.properties ?? {})
    .filter(([, property]) => JSON.stringify(property).match(/"string"|"enum":\[|^\{\}$/))
    .map(([field]) => field);
}

// Any text with a NUL or a lone surrogate somewhere in it.
const unstorable = fc
  .tuple(fc.string({ maxLength: 30 }), fc.constantFrom("\u0000", "\ud800", "\udbff", "\udc00", "\udfff", "x\u0000\ud800"), fc.string({ maxLength: 30 }))
  .map(([before, bad, after]) => `${before}${bad}${after}`);
const huge = "Å".repeat(200_000);

describeEachDatabase("moderator actions given text they cannot store", () => {
  let actions: Awaited<ReturnType<typeof loadActions>>;

  beforeAll(async () => {
    await seedBaseContent(db);
    await ensureAdmin({ db, email: "admin@kommun.se", password: "ett långt lösenord", allowDemo: false });
    const admin = await db.moderator.findUniqueOrThrow({ where: { email: "admin@kommun.se" } });
    jar.set(cookieName, await logInCookie(admin.id));
    actions = await loadActions();
  });

  it("finds every action and its text fields", () => {
    expect(actions.length).toBeGreaterThan(30);
    const fields = actions.flatMap(({ name, textFields }) => textFields.map((field) => `${name}.${field}`));
    for (const expected of ["handover.ts: saveHandoverAction.body", "story-notes.ts: addStoryNoteAction.body", "facts.ts: amendReplyAction.body", "tags.ts: createTagAction.name", "templates.ts: createTemplateAction.body", "house-style.ts: setHouseStyleAction.replyOpening", "stories.ts: rejectStoryAction.reason", "stories.ts: publishStoryAction.replyBody", "comments.ts: rejectCommentAction.reason", "accounts.ts: createModeratorAction.name", "stories.ts: publishStoryAction.tagIds"]) {
      expect(fields).toContain(expected);
    }
  });

  it("answers a NUL or a lone surrogate in any text field with that field's error", async () => {
    for (const { name, action, textFields } of actions) {
      for (const field of textFields) {
        await fc.assert(
          fc.asyncProperty(unstorable, fc.boolean(), async (text, asList) => {
            const value = field === "tagIds" || asList ? [text] : text;
            const result = await action({ [field]: value });
            expect(result, `${name}.${field} = ${JSON.stringify(value)}`).toMatchObject({ ok: false, message: "INVALID_INPUT" });
            expect(result.fieldErrors?.[field], `${name}.${field}`).toContain("unstorableCharacter");
          }),
          { numRuns: 4 },
        );
        const form = new FormData();
        form.set(field, "a\u0000b");
        expect((await action(form)).fieldErrors?.[field], `${name}.${field} in a form post`).toContain("unstorableCharacter");
      }
    }
  });

  it("answers a huge string in any text field with an error on that field, not UNEXPECTED", async () => {
    const failed: string[] = [];
    for (const { name, action, textFields } of actions) {
      for (const field of textFields) {
        const result = await action({ [field]: huge });
        if (result.ok || result.message !== "INVALID_INPUT" || !result.fieldErrors?.[field]?.length) {
          failed.push(`${name}.${field}: ${result.ok ? "ok" : result.message}`);
        }
      }
    }
    expect(failed).toEqual([]);
  });
});
