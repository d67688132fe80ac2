"use client";

import { municipalities } from "@/lib/municipalities";

const municipalitiesByName = [...municipalities].sort((a, b) => a.name.localeCompare(b.name, "sv"));

// The 290 options of the municipality filter. A client component only so that the page's data
// for the browser refers to this list (the same one the story form loads) instead of spelling
// out every option a second time beside the HTML: about 23 KB less on each list page.
export function MunicipalityOptions() {
  return municipalitiesByName.map((municipality) => (
    <option key={municipality.code} value={municipality.slug}>
      {municipality.name}
    </option>
  ));
}
