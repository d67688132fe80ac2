import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TotpCodeForm } from "@/components/mod/two-factor/totp-code-form";
import { TotpSetup } from "@/components/mod/two-factor/totp-setup";
import { requireModerator } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { getTotpStatus } from "@/lib/totp/get-totp-status";
import { startTotpEnrollment } from "@/lib/totp/start-totp-enrollment";
import { disableTotpAction, enableTotpAction } from "@/lib/actions/mod/two-factor";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("TwoFactor");
  return { title: t("metaTitle") };
}

// The one page a moderator who owes the required second factor may see: where they set it up.
export default async function TwoFactorPage() {
  const moderator = await requireModerator({ allowWithoutTotp: true });
  const t = await getTranslations("TwoFactor");
  const format = await getFormatter();
  const status = await getTotpStatus({ moderatorId: moderator.id });
  const enrollment = status.enabledAt ? null : await startTotpEnrollment({ moderatorId: moderator.id });
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {status.enabledAt ? (
        <>
          <p className="alert success" role="status">
            {t("statusOn", { date: format.dateTime(status.enabledAt, { dateStyle: "long" }) })}
          </p>
          {status.required ? (
            <p>
              <Link href={routes.mod.queue()}>{t("continue")}</Link>
            </p>
          ) : null}
          <section aria-labelledby="tvasteg-av" className="card">
            <h2 id="tvasteg-av">{t("disableHeading")}</h2>
            {status.required ? (
              <p>{t("disableRequired")}</p>
            ) : (
              <>
                <p>{t("disableIntro")}</p>
                <TotpCodeForm submit={disableTotpAction} submitLabel={t("disable")} successText={t("disabled")} />
              </>
            )}
          </section>
        </>
      ) : (
        <>
          {status.required ? (
            <p className="alert warning" role="alert">
              {t("requiredNotice")}
            </p>
          ) : (
            <p>{t("statusOff")}</p>
          )}
          {enrollment ? <TotpSetup enrollment={enrollment} enable={enableTotpAction} /> : null}
        </>
      )}
    </>
  );
}
