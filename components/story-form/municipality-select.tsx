"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { SelectField } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { municipalities, type Municipality } from "@/lib/municipalities";
import { bySwedishName } from "@/lib/text/swedish-collator";
import type { StoryFormValues } from "./story-form-values";

// Counties alphabetically, municipalities alphabetically within them: what people scan for.
function groupByCounty(list: readonly Municipality[]) {
  const groups = new Map<string, Municipality[]>();
  for (const m of list) groups.set(m.county, [...(groups.get(m.county) ?? []), m]);
  return [...groups].map(([name, members]) => ({ name, municipalities: members.sort(bySwedishName) })).sort(bySwedishName);
}

// Counties alphabetically, municipalities alphabetically within them: what people scan for.
const counties = groupByCounty(municipalities);

export function MunicipalitySelect() {
  const t = useTranslations("StoryForm.municipality");
  const errorText = useFieldErrorText("StoryForm.errors");
  const { register, formState } = useFormContext<StoryFormValues>();

  return (
    <SelectField
      id="municipalityCode"
      label={t("label")}
      hint={t("hint")}
      error={errorText(formState.errors.municipalityCode?.message)}
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
    </SelectField>
  );
}
