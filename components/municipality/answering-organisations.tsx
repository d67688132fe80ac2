import { getTranslations } from "next-intl/server";
import type { AnsweringOrganisation } from "@/lib/municipalities/list-answering-organisations";
import type { PublicFact } from "@/lib/facts/find-fact-by-key";
import styles from "./municipality.module.css";

// Who answers for the municipality, or, where no one does yet, the ordinary way to reach its
// social services (a fact block, kept true in one place at /mod/fakta).
export async function AnsweringOrganisations({
  organisations,
  municipality,
  contactFact,
}: {
  organisations: readonly AnsweringOrganisation[];
  municipality: string;
  contactFact: PublicFact | null;
}) {
  const t = await getTranslations("Municipality.organisations");
  return (
    <section aria-labelledby="kommun-organisationer">
      <h2 id="kommun-organisationer">{t("heading")}</h2>
      {organisations.length === 0 ? (
        <>
          <p>{t("none", { municipality })}</p>
          {contactFact ? (
            <>
              <p>{t("contactRoute", { municipality })} {contactFact.value}</p>
              <p>
                <a href={contactFact.sourceUrl}>{contactFact.label}</a>
              </p>
            </>
          ) : null}
        </>
      ) : (
        <>
          <p>{t("intro", { municipality })}</p>
          <ul className={styles.organisations}>
            {organisations.map((organisation) => (
              <li key={organisation.id} className={styles.organisation}>
                <h3>{organisation.name}</h3>
                <p>
                  <span className={styles.verified} title={t("verifiedHint")}>{t("verified")}</span>
                </p>
                <p>
                  {t("contact")}: <a href={`mailto:${organisation.contactEmail}`}>{organisation.contactEmail}</a>
                </p>
              </li>
            ))}
          </ul>
          <p className="hint">{t("verifiedHint")}</p>
        </>
      )}
    </section>
  );
}
