import { ClientMessages } from "@/i18n/client-messages";

export default function WriteLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="write">{children}</ClientMessages>;
}
