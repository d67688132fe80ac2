import { getTranslations } from "next-intl/server";
import type { ModeratorSummary } from "@/lib/moderators/moderator-snapshot";
import { AccountRowActions, type ResetPassword, type UpdateModerator } from "./account-row-actions";
import styles from "./account-list.module.css";

type Props = {
  moderators: ModeratorSummary[];
  currentId: string;
  updateModerator: UpdateModerator;
  resetPassword: ResetPassword;
};

export async function AccountList({ moderators, currentId, updateModerator, resetPassword }: Props) {
  const t = await getTranslations("Accounts");
  return (
    <section aria-labelledby="konton-lista">
      <h2 id="konton-lista">{t("listHeading")}</h2>
      <table className="stacked" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t("name")}</th>
            <th scope="col" role="columnheader">{t("email")}</th>
            <th scope="col" role="columnheader">{t("role")}</th>
            <th scope="col" role="columnheader">{t("status")}</th>
            <th scope="col" role="columnheader">{t("actions")}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {moderators.map((moderator) => (
            <tr key={moderator.id} role="row" className={moderator.active ? undefined : styles.inactive}>
              <th scope="row" role="rowheader">
                {moderator.name} {moderator.id === currentId ? <span className="muted">{t("you")}</span> : null}
              </th>
              <td role="cell" data-label={t("email")} className={styles.email}>{moderator.email}</td>
              <td role="cell" data-label={t("role")}>{t(`roles.${moderator.role}`)}</td>
              <td role="cell" data-label={t("status")}>{moderator.active ? t("active") : t("inactive")}</td>
              <td role="cell">
                <AccountRowActions
                  moderator={moderator}
                  isSelf={moderator.id === currentId}
                  updateModerator={updateModerator}
                  resetPassword={resetPassword}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
