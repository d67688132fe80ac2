// A throwaway PostgreSQL cluster for tests: initdb into a temporary directory, start it on a
// free loopback port, stop and delete it afterwards. Nothing outside the directory is touched.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port";

export type Cluster = { url: (database: string) => string; stop: () => void; logFile: string };

function findBinDir(): string {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv && fs.existsSync(path.join(fromEnv, "initdb"))) return fromEnv;
  const debianRoot = "/usr/lib/postgresql";
  if (fs.existsSync(debianRoot)) {
    const versions = fs.readdirSync(debianRoot).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = path.join(debianRoot, version, "bin");
      if (fs.existsSync(path.join(dir, "initdb"))) return dir;
    }
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return path.dirname(which.stdout.trim());
  throw new Error(
    "The tests need a PostgreSQL server (initdb, pg_ctl) to start a throwaway cluster, and none was found.\n" +
      "Install it (Debian/Ubuntu: `apt-get install -y postgresql`; macOS: `brew install postgresql`), " +
      "or point PG_BIN_DIR at the folder that holds initdb.",
  );
}

// `keepDir`: a cluster kept between runs (the benchmark's cache of seeded databases): created
// there on first use, started from it later, and left in place at stop.
export async function startCluster({ keepDir }: { keepDir?: string } = {}): Promise<Cluster> {
  const binDir = findBinDir();
  const dir = keepDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-pg-"));
  fs.mkdirSync(dir, { recursive: true });
  const dataDir = path.join(dir, "data");
  const isRoot = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root; as root, run it as the `postgres` user instead.
  if (isRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  const run = (bin: string, args: string[]) => {
    const command = path.join(binDir, bin);
    const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    execFileSync(file, argv, { stdio: ["ignore", "ignore", "pipe"] });
  };
  const port = await freePort();
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) run("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run("pg_ctl", ["-D", dataDir, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  return {
    logFile: path.join(dir, "log"),
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      try {
        // A kept cluster stops cleanly, so the next start needs no recovery.
        run("pg_ctl", ["-D", dataDir, "-m", keepDir ? "fast" : "immediate", "-w", "stop"]);
      } finally {
        if (!keepDir) fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
