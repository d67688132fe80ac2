import { getFormatter, getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/actions/result";
import type { AccountTotpStatus } from "@/lib/totp/list-totp-status";
import { RequireTotpForm } from "./require-totp-form";
import { ResetTotpButton } from "./reset-totp-button";

type Props = {
  accounts: AccountTotpStatus[];
  requireTotp: boolean;
  currentId: string;
  setRequireTotp: (input: { requireTotp: boolean }) => Promise<ActionResult<{ requireTotp: boolean }>>;
  resetTotp: (input: { moderatorId: string }) => Promise<ActionResult<{ moderatorId: string }>>;
};

// On the accounts page: the site-wide requirement, and who has two-factor login on, with a way
// to remove it for someone who lost their phone.
export async function AccountsTwoFactor({ accounts, requireTotp, currentId, setRequireTotp, resetTotp }: Props) {
  const [t, format] = await Promise.all([getTranslations("SiteSecurity"), getFormatter()]);
  return (
    <section aria-labelledby="tvasteg-alla" className="card">
      <h2 id="tvasteg-alla">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <RequireTotpForm requireTotp={requireTotp} setRequireTotp={setRequireTotp} />
      <ul className="plain-list">
        {accounts.map(({ secondFactorLockedUntil: lockedUntil, ...account }) => (
          <li key={account.id} className="row">
            <span>
              {account.name}: {account.totpEnabled ? t("totpOn") : t("totpOff")}
              {lockedUntil ? ` ${t("totpLocked", { time: format.dateTime(lockedUntil, { dateStyle: "short", timeStyle: "short" }) })}` : null}
            </span>
            {account.totpEnabled && account.id !== currentId ? (
              <ResetTotpButton account={account} resetTotp={resetTotp} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
