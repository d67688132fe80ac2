import { extractParams, verifySolution } from "altcha-lib";
import { altchaKey } from "./altcha-key";

export type ProofCheck =
  | { ok: true; signature: string; expiresAt: Date }
  | { ok: false; reason: "missing" | "invalid" };

// A real payload is a few hundred characters; anything far longer is not worth parsing.
const MAX_PAYLOAD_LENGTH = 4000;

// Checks a solved challenge without touching the database: signed by us, not expired, solved.
// Spending it (replay protection) is a separate step, taken only when the submission is stored.
export async function checkProofOfWork(payload: unknown): Promise<ProofCheck> {
  if (typeof payload !== "string" || payload.length === 0) return { ok: false, reason: "missing" };
  if (payload.length > MAX_PAYLOAD_LENGTH) return { ok: false, reason: "invalid" };
  try {
    const decoded: unknown = JSON.parse(Buffer.from(payload, "base64").toString("utf8"));
    if (!isPayloadShape(decoded)) return { ok: false, reason: "invalid" };
    // A challenge without an expiry could be replayed for ever once purged; we never issue one.
    const expires = Number(extractParams(decoded).expires);
    if (!Number.isInteger(expires)) return { ok: false, reason: "invalid" };
    if (!(await verifySolution(decoded, altchaKey(), true))) return { ok: false, reason: "invalid" };
    return { ok: true, signature: decoded.signature, expiresAt: new Date(expires * 1000) };
  } catch {
    return { ok: false, reason: "invalid" };
  }
}

type Payload = { algorithm: "SHA-256"; challenge: string; number: number; salt: string; signature: string };

function isPayloadShape(value: unknown): value is Payload {
  if (!value || typeof value !== "object") return false;
  const p = value as Record<string, unknown>;
  return (
    p.algorithm === "SHA-256" &&
    typeof p.challenge === "string" &&
    typeof p.salt === "string" &&
    typeof p.signature === "string" &&
    /^[0-9a-f]{64}$/.test(p.signature) &&
    Number.isSafeInteger(p.number)
  );
}
