import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FailedMailList } from "@/components/organisations/failed-mail";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { OrganisationTable } from "@/components/organisations/organisation-table";
import { requireModerator } from "@/lib/auth/session";
import { municipalities } from "@/lib/municipalities";
import { listFailedMail } from "@/lib/mail/list-failed-mail";
import { listOrganisations } from "@/lib/organisations/list-organisations";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organisations");
  return { title: t("metaTitle") };
}

export default async function OrganisationsPage() {
  await requireModerator({ role: "ADMIN" });
  const [organisations, failedMail, t] = await Promise.all([listOrganisations(), listFailedMail(), getTranslations("Organisations")]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <OrganisationTable organisations={organisations} />
      <section aria-labelledby="new-organisation-heading">
        <h2 id="new-organisation-heading">{t("createHeading")}</h2>
        <OrganisationForm municipalities={municipalities.map(({ code, name }) => ({ code, name }))} />
      </section>
      <FailedMailList mails={failedMail} />
    </>
  );
}
