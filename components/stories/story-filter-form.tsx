import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MunicipalityField } from "./municipality-field";
import { TagSelectField } from "./tag-select-field";
import { findMunicipalityByInput } from "@/lib/municipalities";
import { routes } from "@/lib/routes";
import styles from "./story-filter-form.module.css";

// A plain GET form: it works without JavaScript and leaves a shareable address.
// /sok reuses it with its search field as `children` and its own action, label and button.
export async function StoryFilterForm({
  tags,
  selectedTag,
  selectedMunicipality,
  unknownMunicipality = false,
  action = routes.stories(),
  label,
  submitLabel,
  children,
}: {
  tags: { slug: string; name: string }[];
  selectedTag?: string;
  /** The municipality in the address: a slug or a reader's typed text. */
  selectedMunicipality?: string;
  /** True when selectedMunicipality names no municipality: the reader's text stays, with a message. */
  unknownMunicipality?: boolean;
  action?: string;
  label?: string;
  submitLabel?: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("Stories.filter");
  const filtered = Boolean(selectedTag || selectedMunicipality);
  const municipality = selectedMunicipality && !unknownMunicipality ? findMunicipalityByInput(selectedMunicipality) : undefined;
  return (
    <form method="get" action={action} role="search" aria-label={label ?? t("label")} className={styles.form}>
      {children}
      <TagSelectField id="filter-tagg" label={t("tag")} allLabel={t("allTags")} tags={tags} selected={selectedTag} />
      <MunicipalityField
        label={t("municipality")}
        hint={t("municipalityHint")}
        value={municipality?.name ?? selectedMunicipality ?? ""}
        error={unknownMunicipality ? t("unknownMunicipality") : undefined}
      />
      <div className={styles.actions}>
        <button type="submit">{submitLabel ?? t("submit")}</button>
        {filtered && action === routes.stories() ? <Link href={routes.stories()}>{t("clear")}</Link> : null}
      </div>
    </form>
  );
}
