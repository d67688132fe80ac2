import type { Metadata } from "next";
import { ResponderNav } from "@/components/responder/nav";
import { ClientMessages } from "@/i18n/client-messages";
import { requireResponder } from "@/lib/auth/session";
import { findOrganisationName } from "@/lib/organisations/find-organisation-name";

export const dynamic = "force-dynamic";

// Nothing under /svar belongs in a search engine.
export const metadata: Metadata = { robots: { index: false, follow: false } };

// Every page under /svar also calls requireResponder() itself: a layout is not re-rendered on
// every client navigation, so it is never the only check. The two-factor set-up page lives here
// too, so the layout lets a responder who still owes it through.
export default async function ResponderLayout({ children }: { children: React.ReactNode }) {
  const responder = await requireResponder({ allowWithoutTotp: true });
  const organisation = (await findOrganisationName({ organisationId: responder.organisationId })) ?? "";
  return (
    <ClientMessages area="responder">
      <ResponderNav name={responder.name} organisation={organisation} />
      {children}
    </ClientMessages>
  );
}
