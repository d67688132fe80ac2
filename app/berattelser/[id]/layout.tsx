import { ClientMessages } from "@/i18n/client-messages";

export default function StoryLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages area="comment">{children}</ClientMessages>;
}
