// The scan shared by this guard and by lib/cache/public-change-keys.integration.test.ts, which
// runs each writer found here and checks the keys it announces.
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");

export const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

const publicModels = "story|comment|reply|tag|storyTag";
const publicTables = "Story|Comment|Reply|Tag|StoryTag";
const writeMethods = "create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany";
const prismaWrite = new RegExp(`\\.(${publicModels})\\s*\\.\\s*(${writeMethods})\\s*\\(`);
const sqlWrite = new RegExp(`\\b(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE(\\s+TABLE)?|COPY)\\s+"?(${publicTables})"?[\\s(,;]`, "i");

export function writesPublicContent(source: string): boolean {
  const code = stripComments(source);
  return prismaWrite.test(code) || sqlWrite.test(code);
}

export function announcesChange(source: string): boolean {
  const code = stripComments(source);
  return /\bpublicContentTransaction\s*\(/.test(code) || /:\s*PublicTx\b/.test(code) || /\bannouncePublicChange\s*\(/.test(code);
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export const libFiles = filesUnder(path.join(root, "lib"))
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes(`${path.sep}cache${path.sep}`))
  .map((file) => path.relative(root, file).split(path.sep).join("/"));

export const readLibFile = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

// Every file in lib/ that writes a table readers see.
export const writers = libFiles.filter((file) => writesPublicContent(readLibFile(file)));

// Every file in lib/ that writes or may write what readers see: the writers, and the files that
// open a public transaction or announce a change (e.g. through a helper that writes).
export const publicWriters = libFiles.filter((file) => writesPublicContent(readLibFile(file)) || announcesChange(readLibFile(file)));
