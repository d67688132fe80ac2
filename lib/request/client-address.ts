import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "./stamp-client-address";

// The address the start script stamped on this request (see stamp-client-address.ts), or null
// when the app is served some other way. Callers hash it at once and never keep it.
export async function clientAddress(): Promise<string | null> {
  const value = (await headers()).get(CLIENT_ADDRESS_HEADER);
  return value ? value : null;
}
