import { ClientMessages } from "@/i18n/client-messages";

export default function LoginLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="login">{children}</ClientMessages>;
}
