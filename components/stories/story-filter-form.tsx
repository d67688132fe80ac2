import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { MunicipalityField } from "./municipality-field";
import { TagSelectField } from "./tag-select-field";
import { localHref } from "@/lib/i18n/current-locale";
import { findMunicipalityByInput } from "@/lib/municipalities";
import { routes } from "@/lib/routes";
import type { StoryVoice } from "@/lib/stories/story-list-query";
import styles from "./story-filter-form.module.css";

// A plain GET form: it works without JavaScript and leaves a shareable address.
// /sok reuses it with its search field as `children` and its own action, label and button.
export async function StoryFilterForm({
  tags,
  selectedTag,
  selectedMunicipality,
  unknownMunicipality = false,
  answered = false,
  voice,
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
  /** Only stories an organisation has answered in public (`besvarade=1`). */
  answered?: boolean;
  /** Who told the story (`av`). */
  voice?: StoryVoice;
  action?: string;
  label?: string;
  submitLabel?: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("Stories.filter");
  const tAnswers = await getTranslations("ReaderAnswers.filter");
  const filtered = Boolean(selectedTag || selectedMunicipality || answered || voice);
  const municipality = selectedMunicipality && !unknownMunicipality ? findMunicipalityByInput(selectedMunicipality) : undefined;
  return (
    <form method="get" action={await localHref(action)} role="search" aria-label={label ?? t("label")} className={styles.form}>
      {children}
      <TagSelectField id="filter-tagg" label={t("tag")} allLabel={t("allTags")} tags={tags} selected={selectedTag} />
      <MunicipalityField
        label={t("municipality")}
        hint={t("municipalityHint")}
        value={municipality?.name ?? selectedMunicipality ?? ""}
        error={unknownMunicipality ? t("unknownMunicipality") : undefined}
      />
      <fieldset className={styles.choices}>
        <legend>{tAnswers("voice")}</legend>
        {([undefined, "klienter", "personal"] as const).map((value) => (
          <label key={value ?? "alla"}>
            <input type="radio" name="av" value={value ?? ""} defaultChecked={voice === value} />{" "}
            {value === undefined ? tAnswers("voiceAll") : value === "klienter" ? tAnswers("voiceKlienter") : tAnswers("voicePersonal")}
          </label>
        ))}
      </fieldset>
      <label className={styles.check}>
        <input type="checkbox" name="besvarade" value="1" defaultChecked={answered} /> {tAnswers("answered")}
      </label>
      <div className={styles.actions}>
        <button type="submit">{submitLabel ?? t("submit")}</button>
        {filtered && action === routes.stories() ? <Link href={routes.stories()}>{t("clear")}</Link> : null}
      </div>
    </form>
  );
}
