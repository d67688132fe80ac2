import { readNonce } from "@/lib/security/read-nonce";

// zod 4 probes whether it may compile parsers with `new Function` the first time a schema is
// built. Under our CSP that probe is refused (harmlessly, zod falls back), but the browser
// reports a violation on every page. This turns the probe off before any zod code loads.
export async function ZodJitlessScript() {
  const nonce = await readNonce();
  return <script nonce={nonce}>{"globalThis.__zod_globalConfig={jitless:true};"}</script>;
}
