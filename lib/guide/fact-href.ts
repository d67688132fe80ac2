import type { ReachKind } from "./guide-routes";

// Where a fact on the guide links to: a phone number dials, a web address opens (https unless it
// says otherwise), and anything that does not read as either stays plain text.
export function factHref(kind: ReachKind, value: string): string | null {
  if (kind === "phone") {
    const digits = value.replace(/[^\d+]/g, "");
    return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : null;
  }
  if (kind === "web") {
    try {
      const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
      return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
    } catch {
      return null;
    }
  }
  return null;
}
