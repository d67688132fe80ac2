import { env } from "@/lib/env";

// An address outside the app (a mail, a feed) must be absolute: the configured public address
// (PUBLIC_URL) plus the path from lib/routes.ts. Behind a trusted proxy without PUBLIC_URL no
// request names the host here, so the address `npm start` announces stands in.
export function absoluteUrl(pathname: string, publicUrl: string | undefined = env().publicUrl): string {
  return new URL(pathname, publicUrl ?? `http://localhost:${env().PORT}`).toString();
}
