import { getTranslations } from "next-intl/server";
import styles from "./search-field.module.css";

// The search text on /sok, with its hint and, for a query that cannot be searched, the message
// next to the field. The reader's text stays in the field.
export async function SearchField({ value, error }: { value: string; error?: string }) {
  const t = await getTranslations("Search");
  const describedBy = ["search-q-hint", error ? "search-q-error" : null].filter(Boolean).join(" ");
  return (
    <div className={`field ${styles.field}`}>
      <label htmlFor="search-q">{t("field")}</label>
      <p id="search-q-hint" className="hint">
        {t("hint")}
      </p>
      {error ? (
        <p id="search-q-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}
