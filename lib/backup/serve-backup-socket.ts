import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export const BACKUP_SOCKET = "backup.sock";

// `npm run backup` cannot open the embedded database itself while the app has it open, so it
// asks the app over a Unix socket inside DATA_DIR. Only the app's own user can reach it (DATA_DIR
// is 0700 and the socket 0600), so the file system is the authentication, and nothing is
// exposed on the network. Returns a function that closes it and removes the socket.
export async function serveBackupSocket({ dataDir, backup }: { dataDir: string; backup: () => Promise<Buffer> }) {
  const socketPath = path.join(dataDir, BACKUP_SOCKET);
  // Left behind by a process that was killed; only one process may own DATA_DIR.
  fs.rmSync(socketPath, { force: true });
  const server = http.createServer((request, response) => {
    if (request.method !== "POST" || request.url !== "/backup") {
      response.writeHead(404).end();
      return;
    }
    backup().then(
      (body) => response.writeHead(200, { "content-type": "application/gzip", "content-length": body.length }).end(body),
      (error: unknown) => response.writeHead(500).end(error instanceof Error ? error.message : "backup failed"),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => resolve());
  });
  fs.chmodSync(socketPath, 0o600);
  return async function close() {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    fs.rmSync(socketPath, { force: true });
  };
}
