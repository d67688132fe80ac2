import { createTranslator } from "next-intl";
import { defaultLocale, loadMessages } from "@/i18n/messages";

// The invitation mail holds the organisation's name and the link, and nothing else: no name of
// the admin who sent it, no other address.
export function invitationMail({ organisationName, link }: { organisationName: string; link: string }): { subject: string; text: string } {
  const t = createTranslator({ locale: defaultLocale, messages: loadMessages(defaultLocale), namespace: "Organisations.invitationMail" });
  return { subject: t("subject", { organisation: organisationName }), text: t("text", { organisation: organisationName, link }) };
}
