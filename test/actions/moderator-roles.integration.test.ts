// Every moderator action, called with a real session of each role on a real database: a
// moderator is refused (FORBIDDEN) exactly the actions only admins may call, before the input is
// even read, and an admin none. The actions are found the way the guard test finds them (every
// export of lib/actions/mod/*.ts), so an action added later is checked too.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, expect, it, vi } from "vitest";
import { rolesOf } from "@/lib/actions/moderator-action";
import { db } from "@/lib/db";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
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
const actionFiles = fs.readdirSync(actionsDir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));

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
];

async function loadActions(): Promise<{ name: string; action: Action }[]> {
  const found = [];
  for (const file of actionFiles) {
    const module = (await import(path.join(actionsDir, file))) as Record<string, unknown>;
    for (const [name, action] of Object.entries(module)) found.push({ name: `${file}: ${name}`, action: action as Action });
  }
  return found;
}

// The refusals each role gets. `null` is an input no schema takes: an action that lets the
// caller through answers INVALID_INPUT and changes nothing, so the order of calls does not matter.
async function refusedFor(role: "MODERATOR" | "ADMIN", actions: { name: string; action: Action }[]) {
  const account = await db.moderator.create({ data: { email: `${role.toLowerCase()}@roller.test`, name: role, passwordHash: "unused", role } });
  jar.set(cookieName, await logInCookie(account.id));
  const answers = [];
  for (const { name, action } of actions) answers.push({ name, message: (await action(null)).message });
  expect(answers.filter(({ message }) => message !== "FORBIDDEN" && message !== "INVALID_INPUT")).toEqual([]);
  return answers.filter(({ message }) => message === "FORBIDDEN").map(({ name }) => name).sort();
}

describeEachDatabase("moderator actions by role", () => {
  let actions: Awaited<ReturnType<typeof loadActions>>;

  beforeAll(async () => {
    await truncateAll();
    actions = await loadActions();
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
});
