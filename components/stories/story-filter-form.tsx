import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MunicipalityOptions } from "./municipality-options";
import styles from "./story-filter-form.module.css";

// A plain GET form: it works without JavaScript and leaves a shareable address.
// /sok reuses it with its search field as `children` and its own action, label and button.
export async function StoryFilterForm({
  tags,
  selectedTag,
  selectedMunicipality,
  action = "/berattelser",
  label,
  submitLabel,
  children,
}: {
  tags: { slug: string; name: string }[];
  selectedTag?: string;
  selectedMunicipality?: string;
  action?: string;
  label?: string;
  submitLabel?: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("Stories.filter");
  const filtered = Boolean(selectedTag || selectedMunicipality);
  return (
    <form method="get" action={action} role="search" aria-label={label ?? t("label")} className={styles.form}>
      {children}
      <div className="field">
        <label htmlFor="filter-tagg">{t("tag")}</label>
        <select id="filter-tagg" name="tagg" defaultValue={selectedTag ?? ""}>
          <option value="">{t("allTags")}</option>
          {tags.map((tag) => (
            <option key={tag.slug} value={tag.slug}>
              {tag.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kommun">{t("municipality")}</label>
        <select id="filter-kommun" name="kommun" defaultValue={selectedMunicipality ?? ""}>
          <option value="">{t("allMunicipalities")}</option>
          <MunicipalityOptions />
        </select>
      </div>
      <div className={styles.actions}>
        <button type="submit">{submitLabel ?? t("submit")}</button>
        {filtered && action === "/berattelser" ? <Link href="/berattelser">{t("clear")}</Link> : null}
      </div>
    </form>
  );
}
