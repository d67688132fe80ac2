import type { SubmissionProtection } from "@/lib/abuse/submission-protection";

export const PROOF_FIELD = "altcha";
// A name form-filling bots are drawn to and browsers do not autofill.
export const TRAP_FIELD = "website";

// What goes to the server action beside the form's own values.
export function readProtection(form: HTMLFormElement | null): SubmissionProtection {
  if (!form) return {};
  const data = new FormData(form);
  const text = (name: string) => {
    const value = data.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return { proof: text(PROOF_FIELD), trap: text(TRAP_FIELD) };
}

// A payload is spent (or refused) by any send, so after a failed send the widget solves a fresh
// challenge in the background while the person corrects what they wrote.
export function renewProof(form: HTMLFormElement | null) {
  const widget = form?.querySelector("altcha-widget") as (HTMLElement & { reset?: () => void; verify?: () => Promise<void> }) | null;
  if (!widget?.reset || !widget.verify) return;
  widget.reset();
  void widget.verify();
}
