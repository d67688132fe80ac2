import { getTranslations } from "next-intl/server";
import type { TotpEnrollment } from "@/lib/totp/create-totp-enrollment";
import { TotpCodeForm, type TotpSubmit } from "./totp-code-form";
import styles from "./two-factor.module.css";

type Props = { enrollment: TotpEnrollment; enable: TotpSubmit };

// Scan (or type) the secret the server drew and keeps, then prove it with a code. The secret is
// only shown, never sent back. The QR code is an image made on our server from the otpauth
// address, shown as a data: URL.
export async function TotpSetup({ enrollment, enable }: Props) {
  const t = await getTranslations("TwoFactor");
  const qrSource = `data:image/svg+xml;base64,${Buffer.from(enrollment.qrSvg).toString("base64")}`;
  return (
    <section aria-labelledby="tvasteg-pa" className="card">
      <h2 id="tvasteg-pa">{t("setupHeading")}</h2>
      <ol className={styles.steps}>
        <li>
          <p>{t("stepScan")}</p>
          <img className={styles.qr} src={qrSource} alt={t("qrAlt")} width={200} height={200} />
          <p>{t("stepManual")}</p>
          <p>
            <span className="visually-hidden">{t("secretLabel")}: </span>
            <code className={styles.secret} data-testid="totp-secret">
              {enrollment.secret.replace(/(.{4})/g, "$1 ").trim()}
            </code>
          </p>
        </li>
        <li>
          <p>{t("stepConfirm")}</p>
          <TotpCodeForm submit={enable} submitLabel={t("enable")} successText={t("enabled")} />
        </li>
      </ol>
    </section>
  );
}
