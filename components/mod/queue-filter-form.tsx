import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/forms/text-field";
import { TagSelectField } from "@/components/stories/tag-select-field";
import { routes } from "@/lib/routes";
import styles from "./queue.module.css";

export type QueueFilterValues = { visa?: string; tagg?: string; kommun?: string };

// Narrowing the queue: urgent only, waiting for a colleague, claimed by me, threats against staff
// only, a theme, a municipality. A plain
// GET form, so a filtered queue has an address a colleague can be sent, and works without
// JavaScript. A municipality that names none keeps the typed text, with a message beside it.
export async function QueueFilterForm({
  values,
  tags,
  municipalityError,
  filtered,
}: {
  values: QueueFilterValues;
  tags: { slug: string; name: string }[];
  municipalityError: boolean;
  filtered: boolean;
}) {
  const t = await getTranslations("Queue.filter");
  return (
    <form method="get" action={routes.mod.queue()} role="search" aria-label={t("label")} className={`card ${styles.filter}`}>
      <div className="field">
        <label htmlFor="ko-visa">{t("show")}</label>
        <select id="ko-visa" name="visa" defaultValue={values.visa ?? ""}>
          <option value="">{t("all")}</option>
          <option value="bradskande">{t("urgent")}</option>
          <option value="kollega">{t("awaitingColleague")}</option>
          <option value="mina">{t("claimedByMe")}</option>
          <option value="hot">{t("staffThreat")}</option>
          <option value="svar">{t("answers")}</option>
        </select>
      </div>
      <TagSelectField id="ko-tagg" label={t("tag")} allLabel={t("allTags")} tags={tags} selected={values.tagg} />
      <TextField
        id="ko-kommun"
        name="kommun"
        label={t("municipality")}
        error={municipalityError ? t("unknownMunicipality") : undefined}
        type="text"
        autoComplete="off"
        maxLength={100}
        defaultValue={values.kommun ?? ""}
      />
      <div className={styles.filterActions}>
        <button type="submit" className="secondary">
          {t("submit")}
        </button>
        {filtered ? <Link href={routes.mod.queue()}>{t("clear")}</Link> : null}
      </div>
    </form>
  );
}
