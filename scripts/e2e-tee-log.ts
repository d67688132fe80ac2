// For the browser tests: run a server command, keep its output on the console (Playwright shows
// it), and write the same output to a log file, so scripts/scan-e2e-traces.ts can check
// afterwards that the server never logged the test browser's address or user-agent.
//
//   tsx scripts/e2e-tee-log.ts <log file> <command> [args…]
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const [logFile, command, ...args] = process.argv.slice(2);
if (!logFile || !command) {
  console.error("Usage: tsx scripts/e2e-tee-log.ts <log file> <command> [args…]");
  process.exit(2);
}

fs.mkdirSync(path.dirname(logFile), { recursive: true });
const log = fs.createWriteStream(logFile, { flags: "w" });
const child = spawn(command, args, { stdio: ["inherit", "pipe", "pipe"] });
child.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
child.stderr.on("data", (chunk: Buffer) => {
  process.stderr.write(chunk);
  log.write(chunk);
});

// Playwright signals the whole process group, so the server gets SIGTERM by itself. This
// wrapper stays alive until the server has shut down, so its last words reach the file too.
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => {});

// "close", not "exit": a process can exit before its last output has been read from the pipe.
child.on("close", (code, signal) => {
  log.end(() => process.exit(code ?? (signal ? 1 : 0)));
});
child.on("error", (error) => {
  console.error(`Could not start ${command}:`, error.message);
  log.end(() => process.exit(1));
});
