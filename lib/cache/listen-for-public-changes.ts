import { performance } from "node:perf_hooks";
import pg from "pg";
import { pgPoolConfig } from "@/lib/db/config";
import { EVERYTHING } from "./content-keys";

// One channel for every change a reader could see. The payload says who sent it and which
// content keys the change touched (lib/cache/content-keys.ts): an instance has already retired
// its own entries when it commits, and its own notification arriving a moment later would only
// throw away what was read since.
export const PUBLIC_CHANGE_CHANNEL = "sakligt_public_change";

// A NOTIFY payload must stay under 8,000 bytes; a change that names more keys than fit retires
// everything instead.
const MAX_PAYLOAD_BYTES = 7_000;

export type PublicChangeMessage = { from: string; keys: readonly string[] };

export function publicChangePayload(message: PublicChangeMessage): string {
  const payload = JSON.stringify({ from: message.from, keys: message.keys });
  return Buffer.byteLength(payload, "utf8") <= MAX_PAYLOAD_BYTES ? payload : JSON.stringify({ from: message.from, keys: [EVERYTHING] });
}

// A payload this code did not write (an older instance's bare sender id, a hand-sent NOTIFY)
// names no keys it can trust, so it retires everything.
export function parsePublicChangePayload(payload: string | undefined): PublicChangeMessage {
  try {
    const message: unknown = JSON.parse(payload ?? "");
    if (message && typeof message === "object" && "from" in message && "keys" in message) {
      const { from, keys } = message as { from: unknown; keys: unknown };
      if (typeof from === "string" && Array.isArray(keys) && keys.every((key) => typeof key === "string")) return { from, keys };
    }
  } catch {
    // Falls through to everything.
  }
  return { from: "", keys: [EVERYTHING] };
}
// Names the connection in pg_stat_activity, for an operator (and a test) looking for it.
export const LISTENER_APPLICATION_NAME = "sakligt-public-change-listener";

export type PublicChangeListener = {
  // Whether the cache may serve now: a timestamp comparison, asked on every read.
  isLive: () => boolean;
  // When it may not: resolves true once a proof sent at most `proofValidMs` before this call
  // has come back, false if the connection is or goes down first.
  whenLive: () => Promise<boolean>;
  // The listening connection's PostgreSQL backend, to tell this instance's row in
  // pg_stat_activity from the other instances' (they share the application name).
  backendPid: () => number | null;
  close: () => Promise<void>;
};

export type ListenOptions = {
  url: string;
  // Notifications with this payload come from this instance and are ignored. Hex only: it
  // also names this listener's own proof channel.
  ownId: string;
  // Called with the keys of every notification, and with `*` whenever the connection comes up or
  // goes down: while it was down notifications may have been missed, so the cache must start over.
  retire: (keys: readonly string[]) => void;
  // How often the listener notifies itself, and how old the last proof may be while the cache
  // serves without waiting.
  proofEveryMs?: number;
  proofValidMs?: number;
  // A proof not back this long after it was sent gives the connection up: it is opened again.
  reconnectAfterMs?: number;
  maxRetryMs?: number;
};

// A pg Client of its own, outside Prisma's pool: LISTEN belongs to one session, and the pool
// hands its connections to whoever asks. Reconnects after any error with a growing pause.
//
// A connection that dies without closing (a cable, a firewall, a frozen database host) brings
// no error and no notification, so silence proves nothing. The listener therefore notifies
// itself every `proofEveryMs`, on its own connection and a channel only it listens to, with the
// time it sent the notification. PostgreSQL delivers notifications to a listener in commit
// order, so when that notification comes back, every change committed before it was sent has
// already arrived and retired what it touched. A read is served from the cache only on a proof sent
// less than `proofValidMs` before the read began, so a change committed earlier than that has
// reached the cache. While the latest proof is that fresh, the check is a timestamp comparison.
// Otherwise the read waits for the next proof rather than going to the database: a busy
// process (or database) answers late but answers, and sending every read to the database then
// would only make it busier, until nothing is served from memory at all. A backend that does
// not answer within `reconnectAfterMs` is given up; the waiting reads then go to the database,
// as every read does until a new connection is listening.
//
// When proofs stop for a while and resume on the same connection, nothing was missed: the
// notifications waited in order ahead of the proof, and the cache is already right when it
// serves again. Only a new connection can have missed notifications, and it starts with an
// empty cache.
export function listenForPublicChanges(options: ListenOptions): PublicChangeListener {
  const proofEveryMs = options.proofEveryMs ?? 250;
  const proofValidMs = options.proofValidMs ?? 750;
  const reconnectAfterMs = options.reconnectAfterMs ?? 3_000;
  const maxRetryMs = options.maxRetryMs ?? 10_000;
  const proofChannel = `${PUBLIC_CHANGE_CHANNEL}_proof_${options.ownId}`;
  let client: pg.Client | null = null;
  let up = false;
  let pid: number | null = null;
  // performance.now(), which no clock adjustment moves, of the latest proof's sending.
  let provenAt = Number.NEGATIVE_INFINITY;
  // The sending time of the proof on its way, if one is.
  let askedAt: number | null = null;
  let closed = false;
  // Reads waiting for a proof sent at or after `since`.
  let waiting: { since: number; resolve: (live: boolean) => void }[] = [];
  const settle = (live: boolean, sentAt = Number.POSITIVE_INFINITY) => {
    waiting = waiting.filter((read) => {
      if (live && read.since > sentAt) return true;
      read.resolve(live);
      return false;
    });
  };
  let failures = 0;
  let heartbeat: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  const drop = (dropped: pg.Client) => {
    if (client !== dropped) return;
    client = null;
    const wasUp = up;
    up = false;
    provenAt = Number.NEGATIVE_INFINITY;
    clearInterval(heartbeat);
    dropped.end().catch(() => {});
    if (wasUp) options.retire([EVERYTHING]);
    settle(false);
    if (closed) return;
    failures += 1;
    retry = setTimeout(connect, Math.min(maxRetryMs, 250 * 2 ** Math.min(failures - 1, 6)));
    retry.unref();
  };

  // One proof in flight at a time, until it comes back: a stalled backend answers none of them.
  const prove = (current: pg.Client) => {
    // Rounded as it travels, so the proof that comes back matches.
    const now = Number(performance.now().toFixed(3));
    if (askedAt !== null) {
      if (now - askedAt > reconnectAfterMs) drop(current);
      return;
    }
    askedAt = now;
    current.query(`NOTIFY ${proofChannel}, '${now}'`).catch(() => drop(current));
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
      if (client !== current) return;
      if (message.channel === proofChannel) {
        // Only this listener sends here, but any database user could: a proof is never from the future.
        const sentAt = Number(message.payload);
        if (sentAt <= performance.now()) {
          provenAt = Math.max(provenAt, sentAt);
          if (askedAt !== null && sentAt >= askedAt) askedAt = null;
          settle(true, sentAt);
        }
      } else if (message.channel === PUBLIC_CHANGE_CHANNEL) {
        const change = parsePublicChangePayload(message.payload);
        if (change.from !== options.ownId) options.retire(change.keys);
      }
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}; LISTEN ${proofChannel}`);
      pid = (await current.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    } catch {
      drop(current);
      return;
    }
    if (client !== current) return;
    failures = 0;
    up = true;
    // Listening from here on, and the cache emptied: whatever it keeps from now is read after
    // this moment, which is as good as a proof sent now.
    options.retire([EVERYTHING]);
    provenAt = performance.now();
    askedAt = null;
    heartbeat = setInterval(() => prove(current), proofEveryMs);
    heartbeat.unref();
    prove(current);
  }

  void connect();
  return {
    isLive: () => up && performance.now() - provenAt < proofValidMs,
    whenLive: () => {
      if (!up) return Promise.resolve(false);
      const since = performance.now() - proofValidMs;
      if (provenAt >= since) return Promise.resolve(true);
      return new Promise((resolve) => waiting.push({ since, resolve }));
    },
    backendPid: () => (up ? pid : null),
    close: async () => {
      closed = true;
      clearTimeout(retry);
      clearInterval(heartbeat);
      const current = client;
      client = null;
      up = false;
      settle(false);
      await current?.end().catch(() => {});
    },
  };
}
