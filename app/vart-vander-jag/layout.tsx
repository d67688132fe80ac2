import { ClientMessages } from "@/i18n/client-messages";

export default function GuideLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="guide">{children}</ClientMessages>;
}
