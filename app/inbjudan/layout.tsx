import type { Metadata } from "next";
import { ClientMessages } from "@/i18n/client-messages";

// An invitation link holds a secret: never in a search engine.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function InvitationLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="invitation">{children}</ClientMessages>;
}
