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
      <div className={styles.scroll}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {moderators.map((moderator) => (
              <tr key={moderator.id} className={moderator.active ? undefined : styles.inactive}>
                <th scope="row">
                  {moderator.name} {moderator.id === currentId ? <span className="muted">{t("you")}</span> : null}
                </th>
                <td className={styles.email}>{moderator.email}</td>
                <td>{t(`roles.${moderator.role}`)}</td>
                <td>{moderator.active ? t("active") : t("inactive")}</td>
                <td>
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
      </div>
    </section>
  );
}
