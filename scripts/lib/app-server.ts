// A production server of our own (scripts/start.ts, what `npm start` runs) on its own port and
// data directory, for tests and benchmarks that must configure, stop or kill it themselves.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..", "..");

export type AppServer = {
  url: string;
  /** Everything the server printed so far, for a failure message. */
  output: () => string;
  /** SIGTERM: the server closes its database cleanly. */
  stop: () => Promise<void>;
  /** SIGKILL: no chance to close anything, as in a crash or a power cut. */
  kill: () => Promise<void>;
};

export async function startAppServer({
  port,
  env,
  readyTimeoutMs = 240_000,
  appDir = root,
}: {
  port: number;
  env: Record<string, string>;
  readyTimeoutMs?: number;
  /** Another checkout to run (`npm run bench:startup -- --app-dir` compares two versions). */
  appDir?: string;
}): Promise<AppServer> {
  const url = `http://127.0.0.1:${port}`;
  // Another server still answering there would be taken for this one.
  if (await answers(url)) throw new Error(`Something already answers on ${url}.`);
  // Its own process group, so a signal reaches the server behind tsx too.
  const child = spawn(path.join(appDir, "node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    cwd: appDir,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port) },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: AppServer = {
    url,
    output: () => output,
    stop: () => signal(child, exited, "SIGTERM"),
    kill: () => signal(child, exited, "SIGKILL"),
  };
  try {
    await waitUntilServing(url, child, readyTimeoutMs);
  } catch (error) {
    await server.kill();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return server;
}

async function signal(child: ChildProcess, exited: Promise<void>, name: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid!, name);
  } catch {
    return; // Already gone.
  }
  const timeout = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
  }, 30_000);
  await exited;
  clearTimeout(timeout);
}

// Until the server on `url` answers, or its process has exited, or the time is up.
export async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server on ${url} exited with code ${child.exitCode}.`);
    if (await answers(url)) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The server on ${url} did not answer within ${timeoutMs / 1000} s.`);
}

// Whether a Sakligt server answers on `url` (its base address): a real answer from the app, not
// only an open port.
export async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/v1/tags`)).ok;
  } catch {
    return false; // Not listening (yet).
  }
}
