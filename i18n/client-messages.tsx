import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { type ClientArea, clientNamespaces, pickMessages } from "./client-namespaces";

// The one way messages reach client components: only the namespaces of one area (see
// client-namespaces.ts). Everything that renders client components must be inside it.
export async function ClientMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, clientNamespaces[area])}>{children}</NextIntlClientProvider>;
}
