import fs from "node:fs";
import path from "node:path";

export class DataDirError extends Error {}

const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

// PGlite creates its files with mode 0666 whatever the umask, and directories 0755, so the
// stories, password hashes and TOTP secrets in DATA_DIR would be open to every local account.
// This makes DATA_DIR 0700 and everything in it 0600 (directories 0700). It runs at start,
// after migrations and after each database rewrite (which creates new files). A directory
// this process does not own, or whose modes do not stick (some network and Windows file
// systems), is refused: the app does not run on data it cannot keep private.
export function makeDataDirPrivate({ dataDir }: { dataDir: string }): void {
  const uid = process.getuid?.();
  // No POSIX modes to set (Windows): the directory's ACL is the operator's concern.
  if (uid === undefined) return;
  fs.mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
  // DATA_DIR itself may be a symbolic link an operator set up; nothing inside it should be.
  secure(fs.realpathSync(dataDir), uid, true);
  walk(dataDir, uid);
}

function walk(dir: string, uid: number) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // A socket (the backup control socket) is made private when it is created.
    if (entry.isSocket()) continue;
    secure(full, uid, entry.isDirectory());
    if (entry.isDirectory()) walk(full, uid);
  }
}

function secure(file: string, uid: number, isDir: boolean) {
  const stat = fs.lstatSync(file);
  if (stat.isSymbolicLink()) throw refusal(file, "is a symbolic link");
  if (stat.uid !== uid) throw refusal(file, `belongs to user id ${stat.uid}, not to the user running the app (${uid})`);
  const wanted = isDir ? DIR_MODE : FILE_MODE;
  if ((stat.mode & 0o777) === wanted) return;
  try {
    fs.chmodSync(file, wanted);
  } catch (error) {
    throw refusal(file, `cannot be made private (${error instanceof Error ? error.message : String(error)})`);
  }
  if ((fs.statSync(file).mode & 0o777) !== wanted) throw refusal(file, "keeps its old permissions after chmod");
}

function refusal(file: string, reason: string) {
  return new DataDirError(
    `The data directory cannot be kept private: ${file} ${reason}.\n` +
      "Sakligt keeps stories and moderator accounts there and needs DATA_DIR to be owned by the user that runs it, " +
      "on a file system that honours permissions. Fix the owner (chown -R) or point DATA_DIR elsewhere.",
  );
}
