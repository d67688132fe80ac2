// Every moderator action, called with a real session of each role on a real database: a
// moderator is refused (FORBIDDEN) exactly the actions only admins may call, before the input is
// even read, an admin none, and a responder every one. The other way round, every responder
// action (lib/actions/svar) refuses a moderator and an admin. The actions are found the way the
// guard test finds them (every export of the directory's files), so an action added later is
// checked too.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, expect, it, vi } from "vitest";
import { rolesOf } from "@/lib/actions/moderator-action";
import { db } from "@/lib/db";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
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

type Action = (input: unknown) => Promise<{ ok: boolean; message?: string }>;

const actionsDir = path.resolve(__dirname, "../../lib/actions/mod");
const responderActionsDir = path.resolve(__dirname, "../../lib/actions/svar");
const actionFilesIn = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));

// Written out, so that opening an admin's action to moderators is a visible change here too.
const adminOnly = [
  "accounts.ts: createModeratorAction",
  "accounts.ts: resetModeratorPasswordAction",
  "accounts.ts: resetTotpAction",
  "accounts.ts: setColleagueReviewAction",
  "accounts.ts: setRequireTotpAction",
  "accounts.ts: updateModeratorAction",
  "facts.ts: createFactAction",
  "facts.ts: updateFactAction",
  "facts.ts: verifyFactAction",
  "house-style.ts: setHouseStyleAction",
  "organisations.ts: createOrganisationAction",
  "organisations.ts: inviteResponderAction",
  "organisations.ts: setFastTrackAction",
  "organisations.ts: setOrganisationActiveAction",
  "organisations.ts: setResponderActiveAction",
  "organisations.ts: updateOrganisationAction",
];

async function loadActions(dir = actionsDir): Promise<{ name: string; action: Action }[]> {
  const found = [];
  for (const file of actionFilesIn(dir)) {
    const module = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const [name, action] of Object.entries(module)) found.push({ name: `${file}: ${name}`, action: action as Action });
  }
  return found;
}

// The refusals each role gets. `null` is an input no schema takes: an action that lets the
// caller through answers INVALID_INPUT and changes nothing, so the order of calls does not matter.
const accounts = new Map<string, string>();

async function accountFor(role: "MODERATOR" | "ADMIN" | "RESPONDER"): Promise<string> {
  const known = accounts.get(role);
  if (known) return known;
  const id =
    role === "RESPONDER"
      ? (await seedResponder((await seedOrganisation()).id, { email: "svar@malmo.se" })).id
      : (await db.moderator.create({ data: { email: `${role.toLowerCase()}@roller.test`, name: role, passwordHash: "unused", role } })).id;
  accounts.set(role, id);
  return id;
}

async function refusedFor(role: "MODERATOR" | "ADMIN" | "RESPONDER", actions: { name: string; action: Action }[]) {
  jar.set(cookieName, await logInCookie(await accountFor(role)));
  const answers = [];
  for (const { name, action } of actions) answers.push({ name, message: (await action(null)).message });
  expect(answers.filter(({ message }) => message !== "FORBIDDEN" && message !== "INVALID_INPUT")).toEqual([]);
  return answers.filter(({ message }) => message === "FORBIDDEN").map(({ name }) => name).sort();
}

describeEachDatabase("moderator actions by role", () => {
  let actions: Awaited<ReturnType<typeof loadActions>>;
  let responderActions: Awaited<ReturnType<typeof loadActions>>;

  beforeAll(async () => {
    await truncateAll();
    accounts.clear();
    actions = await loadActions();
    responderActions = await loadActions(responderActionsDir);
  });

  it("find every action, each naming its roles", () => {
    expect(actions.length).toBeGreaterThan(30);
    expect(actions.filter(({ action }) => !rolesOf(action)?.length).map(({ name }) => name)).toEqual([]);
  });

  it("refuse a moderator exactly the admins' actions", async () => {
    expect(await refusedFor("MODERATOR", actions)).toEqual(adminOnly);
  });

  it("refuse an admin none", async () => {
    expect(await refusedFor("ADMIN", actions)).toEqual([]);
  });

  it("refuse a responder every moderator action", async () => {
    expect(await refusedFor("RESPONDER", actions)).toEqual(actions.map(({ name }) => name).sort());
  });

  it("find every responder action, each naming the responder role alone", () => {
    expect(responderActions.length).toBeGreaterThan(0);
    expect(responderActions.filter(({ action }) => JSON.stringify(rolesOf(action)) !== JSON.stringify(["RESPONDER"])).map(({ name }) => name)).toEqual([]);
  });

  it("refuse a moderator and an admin every responder action, and a responder none", async () => {
    const all = responderActions.map(({ name }) => name).sort();
    expect(await refusedFor("MODERATOR", responderActions)).toEqual(all);
    expect(await refusedFor("ADMIN", responderActions)).toEqual(all);
    expect(await refusedFor("RESPONDER", responderActions)).toEqual([]);
  });
});
