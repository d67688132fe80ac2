// A plain form post (no JavaScript) reaches an action as FormData; the schemas expect objects.
// Files are dropped: no form has one. Shared by publicAction and moderatorAction.
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((value) => typeof value === "string");
    result[key] = values.length > 1 || key.endsWith("[]") ? values : values[0];
  }
  return result;
}
