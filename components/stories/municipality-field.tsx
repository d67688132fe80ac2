"use client";

import { useState } from "react";
import { municipalities } from "@/lib/municipalities";

const namesInOrder = municipalities.map((municipality) => municipality.name).sort((a, b) => a.localeCompare(b, "sv"));

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
  const describedBy = ["filter-kommun-hint", error ? "filter-kommun-error" : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor="filter-kommun">{label}</label>
      <p id="filter-kommun-hint" className="hint">
        {hint}
      </p>
      {error ? (
        <p id="filter-kommun-error" className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <input
        id="filter-kommun"
        name="kommun"
        type="text"
        list="filter-kommun-names"
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onFocus={() => setSuggest(true)}
        onPointerEnter={() => setSuggest(true)}
      />
      <datalist id="filter-kommun-names">{suggest ? namesInOrder.map((name) => <option key={name} value={name} />) : null}</datalist>
    </div>
  );
}
