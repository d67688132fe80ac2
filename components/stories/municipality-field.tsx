"use client";

import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { municipalities } from "@/lib/municipalities";
import { compareSwedish } from "@/lib/text/swedish-collator";

const namesInOrder = municipalities.map((municipality) => municipality.name).sort(compareSwedish);

type Props = {
  label: string;
  hint: string;
  /** The municipality's name when the filter holds one, or the reader's own text when it named none. */
  value: string;
  error?: string;
};

// The municipality filter: a text field the reader types a name into, with the 290 names as
// suggestions. The suggestions are put in the page only when the reader comes to the field, so
// a list page carries none of them (290 options were 12 KB of every list page's HTML), and a
// reader who never filters by municipality costs the browser nothing. Without JavaScript the
// field takes a typed name; the server reads names and slugs alike (findMunicipalityByInput).
export function MunicipalityField({ label, hint, value, error }: Props) {
  const [suggest, setSuggest] = useState(false);
  return (
    <>
      <TextField
        id="filter-kommun"
        name="kommun"
        label={label}
        hint={hint}
        error={error}
        type="text"
        list="filter-kommun-names"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        defaultValue={value}
        onFocus={() => setSuggest(true)}
        onPointerEnter={() => setSuggest(true)}
      />
      <datalist id="filter-kommun-names">{suggest ? namesInOrder.map((name) => <option key={name} value={name} />) : null}</datalist>
    </>
  );
}
