// Where the tests keep their throwaway databases: memory-backed /dev/shm where it exists and has
// room, otherwise the system's temporary directory. Every test copies a PGlite data directory of
// about a thousand files, and the servers and clusters write theirs constantly; on this kind of
// machine's disk, creating and deleting those files was a third of the suite's CPU time, and on
// tmpfs it is a fraction of that (docs/testing.md). What the tests check is unchanged: files are
// files, with their modes, on either.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SHM = "/dev/shm";
const ROOM_BYTES = 4 * 1024 ** 3;

export function memoryTmpDir(): string | undefined {
  try {
    fs.accessSync(SHM, fs.constants.W_OK);
    const { bavail, bsize } = fs.statfsSync(SHM);
    return bavail * bsize >= ROOM_BYTES ? SHM : undefined;
  } catch {
    return undefined;
  }
}

// Points TMPDIR (what os.tmpdir() reads) at /dev/shm for this process and every process and
// worker it starts, unless the person running the tests chose a TMPDIR of their own.
export function useMemoryTmpDir(): string {
  if (!process.env.TMPDIR) {
    const memory = memoryTmpDir();
    if (memory) process.env.TMPDIR = memory;
  }
  return os.tmpdir();
}

// A directory under the memory-backed temporary directory that `link` (a path in the checkout,
// e.g. .e2e) points to, so what tests and scripts read there stays where it was. Without room in
// memory, `link` is a plain directory as before.
export function linkToMemory(link: string, name: string): void {
  const memory = memoryTmpDir();
  const current = fs.lstatSync(link, { throwIfNoEntry: false });
  if (!memory) {
    if (current?.isSymbolicLink()) fs.rmSync(link);
    fs.mkdirSync(link, { recursive: true });
    return;
  }
  const target = path.join(memory, name);
  fs.mkdirSync(target, { recursive: true });
  if (current?.isSymbolicLink() && fs.readlinkSync(link) === target) return;
  if (current) fs.rmSync(link, { recursive: true, force: true });
  fs.symlinkSync(target, link);
}
