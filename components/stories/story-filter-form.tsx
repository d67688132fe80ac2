import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MunicipalityOptions } from "./municipality-options";
import styles from "./story-filter-form.module.css";

// A plain GET form: it works without JavaScript and leaves a shareable address.
export async function StoryFilterForm({
  tags,
  selectedTag,
  selectedMunicipality,
}: {
  tags: { slug: string; name: string }[];
  selectedTag?: string;
  selectedMunicipality?: string;
}) {
  const t = await getTranslations("Stories.filter");
  const filtered = Boolean(selectedTag || selectedMunicipality);
  return (
    <form method="get" action="/berattelser" role="search" aria-label={t("label")} className={styles.form}>
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
        <button type="submit">{t("submit")}</button>
        {filtered ? <Link href="/berattelser">{t("clear")}</Link> : null}
      </div>
    </form>
  );
}
