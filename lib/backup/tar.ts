// The few lines of ustar a backup needs: PGlite dumps its data directory as a tar, and the
// backup adds the auth secret beside it. Regular files and directories only.
export type TarEntry = { name: string; type: "file" | "dir"; data: Buffer };

const BLOCK = 512;

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}

function header(entry: TarEntry): Buffer {
  const name = entry.type === "dir" && !entry.name.endsWith("/") ? `${entry.name}/` : entry.name;
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: name too long: ${name}`);
  const block = Buffer.alloc(BLOCK);
  block.write(name, 0, "utf8");
  block.write(octal(entry.type === "dir" ? 0o700 : 0o600, 8), 100, "ascii");
  block.write(octal(0, 8), 108, "ascii");
  block.write(octal(0, 8), 116, "ascii");
  block.write(octal(entry.type === "dir" ? 0 : entry.data.length, 12), 124, "ascii");
  block.write(octal(Math.floor(Date.now() / 1000), 12), 136, "ascii");
  block.write(entry.type === "dir" ? "5" : "0", 156, "ascii");
  block.write("ustar\u000000", 257, "ascii");
  block.fill(" ", 148, 156);
  const sum = block.reduce((total, byte) => total + byte, 0);
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return block;
}

export function writeTar(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    parts.push(header(entry));
    if (entry.type === "file" && entry.data.length > 0) {
      parts.push(entry.data, Buffer.alloc((BLOCK - (entry.data.length % BLOCK)) % BLOCK));
    }
  }
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

function field(block: Buffer, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return raw.subarray(0, end === -1 ? length : end).toString("utf8");
}

export function readTar(archive: Buffer): TarEntry[] {
  const entries: TarEntry[] = [];
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const block = archive.subarray(offset, offset + BLOCK);
    if (block.every((byte) => byte === 0)) break;
    const prefix = field(block, 345, 155);
    const name = (prefix ? `${prefix}/${field(block, 0, 100)}` : field(block, 0, 100)).replace(/^\/+|\/+$/g, "");
    const size = parseInt(field(block, 124, 12).trim() || "0", 8);
    const flag = String.fromCharCode(block[156]);
    if (Number.isNaN(size) || offset + BLOCK + size > archive.length) throw new Error("tar: damaged archive");
    const data = Buffer.from(archive.subarray(offset + BLOCK, offset + BLOCK + size));
    if (flag === "5") entries.push({ name, type: "dir", data: Buffer.alloc(0) });
    else if (flag === "0" || flag === "\0") entries.push({ name, type: "file", data });
    else throw new Error(`tar: unsupported entry type ${JSON.stringify(flag)} for ${name}`);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}
