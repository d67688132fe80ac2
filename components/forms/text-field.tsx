import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { FieldError, fieldErrorId } from "./field-error";

type FieldFrame = {
  /** The control's id; the hint and the error take their ids from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already text (see components/forms/use-field-error-text.ts): shown under the control, and read with it. */
  error?: string;
  className?: string;
};

// The label, hint, control and error of one field, wired the one way every form here wires
// them: the hint and the error describe the control, aria-invalid follows the error, and the
// error line is always in the page (empty and hidden when there is none), so a screen reader
// announces it when it appears. TextField and TextAreaField pass every other prop (value,
// react-hook-form's register(), maxLength …) to the control, ref included.
function describedBy({ id, hint }: FieldFrame, own?: string) {
  return [own, hint ? `${id}-hint` : null, fieldErrorId(id)].filter(Boolean).join(" ");
}

function Frame({ frame, children }: { frame: FieldFrame; children: ReactNode }) {
  return (
    <div className={frame.className ? `field ${frame.className}` : "field"}>
      <label htmlFor={frame.id}>{frame.label}</label>
      {frame.hint ? (
        <p id={`${frame.id}-hint`} className="hint">
          {frame.hint}
        </p>
      ) : null}
      {children}
      <FieldError name={frame.id} message={frame.error} />
    </div>
  );
}

export function TextField({ id, label, hint, error, className, ...input }: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const frame = { id, label, hint, error, className };
  return (
    <Frame frame={frame}>
      <input
        id={id}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(frame, input["aria-describedby"])}
      />
    </Frame>
  );
}

export function TextAreaField({ id, label, hint, error, className, ...textarea }: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const frame = { id, label, hint, error, className };
  return (
    <Frame frame={frame}>
      <textarea
        id={id}
        {...textarea}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(frame, textarea["aria-describedby"])}
      />
    </Frame>
  );
}
