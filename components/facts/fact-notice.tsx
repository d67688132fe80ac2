import { getTranslations } from "next-intl/server";
import { FormMessage } from "@/components/forms/form-message";

const notices = ["skapad", "sparad", "oforandrad", "kontrollerad", "rattat", "rattelseforberedd"] as const;
type Notice = (typeof notices)[number];

// The fact pages' forms return with ?klart=… after saving.
export async function FactNotice({ klart }: { klart?: string | string[] }) {
  const value = Array.isArray(klart) ? klart[0] : klart;
  if (!notices.includes(value as Notice)) return null;
  const t = await getTranslations("Facts.notice");
  return <FormMessage kind="success">{t(value as Notice)}</FormMessage>;
}
