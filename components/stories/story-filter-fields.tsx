"use client";

import { MunicipalityField } from "./municipality-field";
import { TagSelectField } from "./tag-select-field";
import styles from "./story-filter-form.module.css";

export type StoryFilterText = {
  label: string;
  tag: string;
  allTags: string;
  municipality: string;
  municipalityHint: string;
  voice: string;
  voices: [value: "" | "klienter" | "personal", label: string][];
  answered: string;
  submit: string;
  clear: string;
};

// The filter form drawn in the browser from these few fields, as the story cards are
// (./story-cards.tsx): drawn by a server component, every option and label was spelled out
// twice, once as HTML and once in the data Next sends beside it, a twelfth of a list page's
// 30 KB. The same plain GET form either way: it works without JavaScript.
export function StoryFilterFields(props: {
  action: string;
  text: StoryFilterText;
  tags: [slug: string, name: string][];
  selectedTag?: string;
  municipality: string;
  municipalityError?: string;
  voice: "" | "klienter" | "personal";
  answered: boolean;
  // The unfiltered list, when the reader has filtered it (a plain link: the list comes whole
  // from the page cache).
  clearHref?: string;
  children?: React.ReactNode;
}) {
  const { text } = props;
  return (
    <form method="get" action={props.action} role="search" aria-label={text.label} className={styles.form}>
      {props.children}
      <TagSelectField id="filter-tagg" label={text.tag} allLabel={text.allTags} tags={props.tags.map(([slug, name]) => ({ slug, name }))} selected={props.selectedTag} />
      <MunicipalityField label={text.municipality} hint={text.municipalityHint} value={props.municipality} error={props.municipalityError} />
      <fieldset className={styles.choices}>
        <legend>{text.voice}</legend>
        {text.voices.map(([value, label]) => (
          <label key={value || "alla"}>
            <input type="radio" name="av" value={value} defaultChecked={props.voice === value} /> {label}
          </label>
        ))}
      </fieldset>
      <label className={styles.check}>
        <input type="checkbox" name="besvarade" value="1" defaultChecked={props.answered} /> {text.answered}
      </label>
      <div className={styles.actions}>
        <button type="submit">{text.submit}</button>
        {props.clearHref ? <a href={props.clearHref}>{text.clear}</a> : null}
      </div>
    </form>
  );
}
