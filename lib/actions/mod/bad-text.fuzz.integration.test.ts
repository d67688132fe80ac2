// Every moderator and responder action, with every text field filled in turn with text the
// database cannot store (a NUL, a lone UTF-16 surrogate) or with a huge string, answers with a
// field error on that field: never UNEXPECTED, never a throw. The actions are found the way the
// guard test finds them (every export of lib/actions/mod/*.ts and lib/actions/svar/*.ts), so an
// action added later is fuzzed too; each is called by a logged-in account of its own role.
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
import { seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
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

const actionFilesIn = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
const actionDirs = { moderator: __dirname, responder: path.resolve(__dirname, "../svar") } as const;

type Found = { name: string; action: Action; textFields: string[]; caller: keyof typeof actionDirs };

async function loadActions(): Promise<Found[]> {
  const found: Found[] = [];
  for (const caller of ["moderator", "responder"] as const) {
    for (const file of actionFilesIn(actionDirs[caller])) {
      const module = (await import(path.join(actionDirs[caller], file))) as Record<string, unknown>;
      for (const [name, action] of Object.entries(module)) {
        const schema = inputSchemaOf(action);
        expect(schema, `${file}: ${name} is an action with a schema`).toBeDefined();
        found.push({ name: `${caller === "responder" ? "svar/" : ""}${file}: ${name}`, action: action as Action, textFields: textFieldsOf(schema!), caller });
      }
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

// Forms whose fields are checked together (a change mark's kind, text and day; alerts' choice
// and themes) check a field only once the rest of the form holds: the huge value goes into an
// otherwise sound form there, and must be refused beside its own field.
const soundRest: Record<string, Record<string, unknown>> = {
  "svar/answers.ts: submitAnswerAction": {
    storyId: "x".repeat(21),
    body: "Tack för att du berättar. Vi tar det på allvar och ser över hur vi arbetar med det här.",
    markKind: "CHANGE_MADE",
    markDescription: "Vi har ändrat hur vi ringer tillbaka.",
    markedOn: "2026-12-01",
  },
  "svar/alert-settings.ts: saveAlertSettingsAction": { scope: "themes", delivery: "IMMEDIATE" },
};

describeEachDatabase("moderator and responder actions given text they cannot store", () => {
  let actions: Awaited<ReturnType<typeof loadActions>>;
  const cookies: Record<Found["caller"], string> = { moderator: "", responder: "" };
  // Each action is called by an account of the role it is for.
  const call = (found: Found, input: unknown) => {
    jar.set(cookieName, cookies[found.caller]);
    return found.action(input);
  };

  beforeAll(async () => {
    await seedBaseContent(db);
    await ensureAdmin({ db, email: "admin@kommun.se", password: "ett långt lösenord", allowDemo: false });
    const admin = await db.moderator.findUniqueOrThrow({ where: { email: "admin@kommun.se" } });
    cookies.moderator = await logInCookie(admin.id);
    const responder = await seedResponder((await seedOrganisation()).id);
    cookies.responder = await logInCookie(responder.id);
    actions = await loadActions();
  });

  it("finds every action and its text fields", () => {
    expect(actions.length).toBeGreaterThan(30);
    const fields = actions.flatMap(({ name, textFields }) => textFields.map((field) => `${name}.${field}`));
    for (const expected of ["handover.ts: saveHandoverAction.body", "story-notes.ts: addStoryNoteAction.body", "facts.ts: amendReplyAction.body", "tags.ts: createTagAction.name", "templates.ts: createTemplateAction.body", "house-style.ts: setHouseStyleAction.replyOpening", "stories.ts: rejectStoryAction.reason", "stories.ts: publishStoryAction.replyBody", "comments.ts: rejectCommentAction.reason", "accounts.ts: createModeratorAction.name", "stories.ts: publishStoryAction.tagIds", "svar/answers.ts: submitAnswerAction.body"]) {
      expect(fields).toContain(expected);
    }
  });

  it("answers a NUL or a lone surrogate in any text field with that field's error", async () => {
    for (const found of actions) {
      const { name, textFields } = found;
      for (const field of textFields) {
        await fc.assert(
          fc.asyncProperty(unstorable, fc.boolean(), async (text, asList) => {
            const value = field === "tagIds" || asList ? [text] : text;
            const result = await call(found, { [field]: value });
            expect(result, `${name}.${field} = ${JSON.stringify(value)}`).toMatchObject({ ok: false, message: "INVALID_INPUT" });
            expect(result.fieldErrors?.[field], `${name}.${field}`).toContain("unstorableCharacter");
          }),
          { numRuns: 4 },
        );
        const form = new FormData();
        form.set(field, "a\u0000b");
        expect((await call(found, form)).fieldErrors?.[field], `${name}.${field} in a form post`).toContain("unstorableCharacter");
      }
    }
  });

  it("answers a huge string in any text field with an error on that field, not UNEXPECTED", async () => {
    const failed: string[] = [];
    for (const found of actions) {
      const { name, textFields } = found;
      for (const field of textFields) {
        const result = await call(found, { ...soundRest[name], [field]: huge });
        if (result.ok || result.message !== "INVALID_INPUT" || !result.fieldErrors?.[field]?.length) {
          failed.push(`${name}.${field}: ${result.ok ? "ok" : result.message}`);
        }
      }
    }
    expect(failed).toEqual([]);
  });
});
