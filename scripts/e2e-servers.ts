// For the browser tests: start every server the projects share at once, and say "ready" when
// they answer. Playwright starts the entries of its `webServer` list one after another,
// so four servers that take 5–15 s each kept every test waiting for their sum; started side by
// side they are ready in about the time of the slowest (docs/testing.md).
//
//   tsx scripts/e2e-servers.ts   (E2E_SERVERS: a JSON list of { name, command, url, env, later? }; url is the base address)
//
// When all answer, this opens E2E_SERVERS_READY_PORT, which is the address Playwright waits for.
// A server marked `later` is not waited for here: the setup project of the journeys that use it
// waits for it (e2e/admin.setup.ts), so the others begin while it is still starting. The
// PostgreSQL server is the slowest to start (a cluster, then `prisma migrate deploy`).
// Every server runs in this process's group, so Playwright's SIGTERM to the group reaches each
// one directly; this waits until all have shut down, so their last words reach their logs too.
import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import { answers, waitUntilServing } from "./lib/app-server";

export type E2eServer = { name: string; command: string; url: string; env: Record<string, string>; later?: boolean };

const servers = JSON.parse(process.env.E2E_SERVERS ?? "[]") as E2eServer[];
const readyPort = Number(process.env.E2E_SERVERS_READY_PORT);
if (servers.length === 0 || !Number.isInteger(readyPort) || readyPort <= 0) {
  console.error("Usage: E2E_SERVERS='[{ name, command, url, env, later? }…]' E2E_SERVERS_READY_PORT=<port> tsx scripts/e2e-servers.ts");
  process.exit(2);
}

const exits: Promise<void>[] = [];
let shuttingDown = false;

function start(server: E2eServer): ChildProcess {
  const child = spawn("sh", ["-c", server.command], { stdio: "inherit", env: { ...process.env, ...server.env } });
  exits.push(new Promise((resolve) => child.once("exit", () => resolve())));
  child.once("exit", (code, signal) => {
    if (shuttingDown) return;
    console.error(`The ${server.name} server stopped (${signal ?? `exit ${code}`}) before the tests were done.`);
    process.exitCode = 1;
  });
  return child;
}

async function main() {
  // Another server still answering on one of the ports would be taken for ours.
  for (const server of servers) {
    if (await answers(server.url)) throw new Error(`Something already answers on ${server.url}; stop it first.`);
  }
  const children = servers.map(start);
  const waits = servers.map((server, i) => {
    const wait = waitUntilServing(server.url, children[i], 240_000);
    // A server waited for later reports its own failure to start; its setup then fails.
    return server.later ? wait.catch((error: Error) => console.error(error.message)) : wait;
  });
  await Promise.all(waits.filter((_wait, i) => !servers[i].later));
  const ready = http.createServer((_request, response) => response.end("ready\n"));
  ready.listen(readyPort, "127.0.0.1");
  const later = servers.filter((server) => server.later).map((server) => server.name);
  console.log(`The test servers answer${later.length ? `; ${later.join(", ")} still starting, and its setup waits for it` : ""}.`);

  const shutDown = async () => {
    if (shuttingDown) return;
    shuttingDown = true;
    // The group's signal has reached the servers too; wait for them, then go.
    await Promise.all(exits);
    ready.close();
    process.exit(process.exitCode ?? 0);
  };
  for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => void shutDown());
}

main().catch(async (error: Error) => {
  console.error(error.message);
  shuttingDown = true;
  // The servers that did start go with us: signal the whole group (pid 0), this process aside.
  process.on("SIGTERM", () => {});
  process.kill(0, "SIGTERM");
  await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 15_000))]);
  process.exit(1);
});
