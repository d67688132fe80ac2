import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";

type Props = { label: string; hint: string; error?: string; registration: UseFormRegisterReturn };

// The second factor on the same form: optional for accounts without it, so the form never
// reveals which accounts have it turned on.
export function LoginCodeField({ label, hint, error, registration }: Props) {
  return (
    <div className="field">
      <label htmlFor="code">{label}</label>
      <p className="hint" id="code-tips">
        {hint}
      </p>
      <input
        id="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={9}
        aria-invalid={error ? true : undefined}
        aria-describedby={`code-tips ${fieldErrorId("code")}`}
        {...registration}
      />
      <FieldError name="code" message={error} />
    </div>
  );
}
