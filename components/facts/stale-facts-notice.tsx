import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { StaleFact } from "@/lib/facts/list-facts";
import { routes } from "@/lib/routes";
import styles from "./facts.module.css";

// Facts not verified within the configured period (lib/facts/list-facts.ts listStaleFacts): on
// the queue, the review page and the template editor. Nothing at all when none is stale.
export async function StaleFactsNotice({ facts }: { facts: StaleFact[] }) {
  if (facts.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("Facts.stale"), getFormatter()]);
  return (
    <section className="alert warning" aria-labelledby="stale-facts-heading">
      <h2 id="stale-facts-heading" className={styles.noticeHeading}>
        {t("heading", { count: facts.length })}
      </h2>
      <p>{t("intro")}</p>
      <ul>
        {facts.map((fact) => (
          <li key={fact.id}>
            <Link href={routes.mod.fact(fact.id)}>{t("item", { label: fact.label, date: format.dateTime(fact.verifiedAt, { dateStyle: "long" }) })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
