"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { municipalities, type Municipality } from "@/lib/municipalities";
import type { StoryFormValues } from "./story-form-values";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "sv");

// Counties alphabetically, municipalities alphabetically within them: what people scan for.
function groupByCounty(list: readonly Municipality[]) {
  const groups = new Map<string, Municipality[]>();
  for (const m of list) groups.set(m.county, [...(groups.get(m.county) ?? []), m]);
  return [...groups].map(([name, members]) => ({ name, municipalities: members.sort(byName) })).sort(byName);
}

// Counties alphabetically, municipalities alphabetically within them: what people scan for.
const counties = groupByCounty(municipalities);

export function MunicipalitySelect() {
  const t = useTranslations("StoryForm.municipality");
  const errorText = useFieldErrorText("StoryForm.errors");
  const { register, formState } = useFormContext<StoryFormValues>();
  const error = errorText(formState.errors.municipalityCode?.message);

  return (
    <div className="field">
      <label htmlFor="municipalityCode">{t("label")}</label>
      <p className="hint" id="municipalityCode-hint">
        {t("hint")}
      </p>
      <select
        id="municipalityCode"
        aria-describedby={`municipalityCode-hint ${fieldErrorId("municipalityCode")}`}
        aria-invalid={error ? true : undefined}
        {...register("municipalityCode")}
      >
        <option value="">{t("none")}</option>
        {counties.map((county) => (
          <optgroup key={county.name} label={county.name}>
            {county.municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <FieldError name="municipalityCode" message={error} />
    </div>
  );
}
