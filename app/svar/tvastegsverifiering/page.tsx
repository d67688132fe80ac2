import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TotpSetup } from "@/components/mod/two-factor/totp-setup";
import { enableResponderTotpAction } from "@/lib/actions/svar/two-factor";
import { requireResponder } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { getTotpStatus } from "@/lib/totp/get-totp-status";
import { startTotpEnrollment } from "@/lib/totp/start-totp-enrollment";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ResponderArea.twoFactorPage");
  return { title: t("metaTitle") };
}

// The one page a responder who has not yet set up two-factor login may see. Once it is on, it
// stays on: a responder cannot switch it off.
export default async function ResponderTwoFactorPage() {
  const responder = await requireResponder({ allowWithoutTotp: true });
  const [t, format] = await Promise.all([getTranslations("ResponderArea.twoFactorPage"), getFormatter()]);
  const status = await getTotpStatus({ moderatorId: responder.id });
  const enrollment = status.enabledAt ? null : await startTotpEnrollment({ moderatorId: responder.id });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {status.enabledAt ? (
        <>
          <p className="alert success" role="status">
            {t("on", { date: format.dateTime(status.enabledAt, { dateStyle: "long" }) })}
          </p>
          <p>
            <Link href={routes.respond.home()}>{t("continue")}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="alert warning" role="alert">
            {t("required")}
          </p>
          {enrollment ? <TotpSetup enrollment={enrollment} enable={enableResponderTotpAction} /> : null}
        </>
      )}
    </>
  );
}
