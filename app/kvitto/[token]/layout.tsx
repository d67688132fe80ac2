import { ClientMessages } from "@/i18n/client-messages";

export default function ReceiptLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="receipt">{children}</ClientMessages>;
}
