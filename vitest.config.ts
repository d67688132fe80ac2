import path from "node:path";
import { defineConfig } from "vitest/config";
import { useMemoryTmpDir } from "./test/memory-tmpdir";

// Every test database, data directory and cluster goes under os.tmpdir(): in memory where there
// is room (test/memory-tmpdir.ts). Set here, before any worker or global setup starts.
useMemoryTmpDir();

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "test/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.{ts,tsx}"],
    exclude: ["**/node_modules/**", "e2e/**", ".next*/**", ".data-*/**"],
    environment: "node",
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Worker threads, not child processes: each test file still gets a fresh thread with its own
    // modules, globals and copy of process.env, but starting a thread costs far less than starting
    // a process, and on two cores that was a fifth of the run (docs/testing.md).
    pool: "threads",
    // PGlite and argon2 are CPU-heavy and the machines have two cores.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
