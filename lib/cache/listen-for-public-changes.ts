import pg from "pg";
import { pgPoolConfig } from "@/lib/db/config";

// One channel for every change a reader could see. Any change drops the whole cache, so the
// payload says nothing about what changed, only who sent it: an instance has already dropped
// its own cache when it commits, and its own notification arriving a moment later would only
// throw away what was read since.
export const PUBLIC_CHANGE_CHANNEL = "sakligt_public_change";
// Names the connection in pg_stat_activity, for an operator (and a test) looking for it.
export const LISTENER_APPLICATION_NAME = "sakligt-public-change-listener";

export type PublicChangeListener = { isUp: () => boolean; close: () => Promise<void> };

export type ListenOptions = {
  url: string;
  // Notifications with this payload come from this instance and are ignored.
  ownId: string;
  // Called for every notification, and whenever the connection comes up or goes down: while it
  // was down notifications may have been missed, so the cache must start over.
  invalidate: () => void;
  // A query on the listening connection proves it still receives; a connection that died
  // without closing (a cable, a firewall) is otherwise noticed only much later.
  heartbeatMs?: number;
  heartbeatTimeoutMs?: number;
  maxRetryMs?: number;
};

// A pg Client of its own, outside Prisma's pool: LISTEN belongs to one session, and the pool
// hands its connections to whoever asks. Reconnects after any error with a growing pause.
export function listenForPublicChanges(options: ListenOptions): PublicChangeListener {
  const heartbeatMs = options.heartbeatMs ?? 5_000;
  const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 3_000;
  const maxRetryMs = options.maxRetryMs ?? 10_000;
  let client: pg.Client | null = null;
  let up = false;
  let closed = false;
  let failures = 0;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  const drop = (dropped: pg.Client) => {
    if (client !== dropped) return;
    client = null;
    const wasUp = up;
    up = false;
    clearInterval(heartbeat);
    dropped.end().catch(() => {});
    if (wasUp) options.invalidate();
    if (closed) return;
    failures += 1;
    retry = setTimeout(connect, Math.min(maxRetryMs, 250 * 2 ** Math.min(failures - 1, 6)));
    retry.unref();
  };

  const beat = async (current: pg.Client) => {
    const timeout = setTimeout(() => drop(current), heartbeatTimeoutMs);
    try {
      await current.query("SELECT 1");
    } catch {
      drop(current);
    } finally {
      clearTimeout(timeout);
    }
  };

  async function connect() {
    if (closed) return;
    const current = new pg.Client({
      ...pgPoolConfig(options.url),
      application_name: LISTENER_APPLICATION_NAME,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    client = current;
    current.on("error", () => drop(current));
    current.on("end", () => drop(current));
    current.on("notification", (message) => {
      if (message.channel === PUBLIC_CHANGE_CHANNEL && message.payload !== options.ownId) options.invalidate();
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`);
    } catch {
      drop(current);
      return;
    }
    if (client !== current) return;
    failures = 0;
    up = true;
    options.invalidate();
    heartbeat = setInterval(() => void beat(current), heartbeatMs);
    heartbeat.unref();
  }

  void connect();
  return {
    isUp: () => up,
    close: async () => {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const current = client;
      client = null;
      up = false;
      await current?.end().catch(() => {});
    },
  };
}
