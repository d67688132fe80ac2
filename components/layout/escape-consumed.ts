// Escape is also how people close a dialog, a picker or a suggestion list. Such a press belongs
// to that widget: counting it toward the quick exit once sent someone off the site (and erased
// their draft) when they only meant to close a dialog and pressed Escape once more.

// Widgets that announce an open popup the ARIA way; Escape closes the popup.
const OPEN_POPUP = "[role='combobox'][aria-expanded='true'], [aria-haspopup][aria-expanded='true']";

// `:open` and `:popover-open` are recent selectors; an engine that does not know them throws.
function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

function somethingIsOpen(selector: string): boolean {
  try {
    return document.querySelector(selector) !== null;
  } catch {
    return false;
  }
}

// A native select or an input with suggestions (<datalist>) may hold an open picker that
// Escape closes. Where `:open` is unknown, assume it is open: a missed quick exit by Escape
// still leaves the button, while a wrong one cannot be undone.
function pickerMayBeOpen(target: Element): boolean {
  if (!target.matches("select, input[list]")) return false;
  try {
    return target.matches(":open");
  } catch {
    return true;
  }
}

export function escapeWasConsumed(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return true;
  // The press reaches this listener before the browser closes the dialog or popover.
  if (somethingIsOpen("dialog[open]") || somethingIsOpen(":popover-open")) return true;
  const target = event.target instanceof Element ? event.target : null;
  if (!target) return false;
  return Boolean(target.closest("[data-handles-escape]")) || matches(target, OPEN_POPUP) || pickerMayBeOpen(target);
}
