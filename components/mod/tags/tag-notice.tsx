import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/forms/form-message";

const notices = ["skapat", "sparat", "borttaget"] as const;
type Notice = (typeof notices)[number];

// The tag forms return to /mod/taggar?klart=… after a change.
export async function TagNotice({ klart }: { klart?: string | string[] }) {
  const value = Array.isArray(klart) ? klart[0] : klart;
  if (!notices.includes(value as Notice)) return null;
  const t = await getTranslations("Tags.notice");
  return <FormMessage kind="success">{t(value as Notice)}</FormMessage>;
}
