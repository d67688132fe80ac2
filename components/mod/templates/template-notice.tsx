import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/forms/form-message";

const notices = ["skapad", "sparad"] as const;
type Notice = (typeof notices)[number];

// The template form returns to /mod/mallar?klart=skapad (or =sparad) after saving.
export async function TemplateNotice({ klart }: { klart?: string | string[] }) {
  const value = Array.isArray(klart) ? klart[0] : klart;
  if (!notices.includes(value as Notice)) return null;
  const t = await getTranslations("Templates.notice");
  return <FormMessage kind="success">{t(value as Notice)}</FormMessage>;
}
