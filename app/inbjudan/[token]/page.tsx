import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/organisations/accept-invitation-form";
import { findInvitation } from "@/lib/organisations/find-invitation";
import { invitationTokenSchema } from "@/lib/organisations/schemas";
import { routes } from "@/lib/routes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organisations.invitation");
  return { title: t("metaTitle"), referrer: "no-referrer" };
}

// Whoever holds the link is the invited person. A used, expired or unknown link says so plainly
// and offers nothing to fill in.
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("Organisations.invitation");
  const state = invitationTokenSchema.safeParse(token).success ? await findInvitation({ token }) : { status: "unknown" as const };
  if (state.status !== "open") {
    return (
      <>
        <h1>{t("refusedHeading")}</h1>
        <p className="alert warning" role="status">
          {t(`refused.${state.status}`)}
        </p>
        <p>
          <Link href={routes.mod.login()}>{t("logIn")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("heading", { organisation: state.organisationName })}</h1>
      <p>{t("intro")}</p>
      <p>{t("email", { email: state.email })}</p>
      <AcceptInvitationForm token={token} email={state.email} />
    </>
  );
}
