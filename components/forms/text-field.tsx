import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { FieldError, fieldErrorId } from "./field-error";

type FieldFrame = {
  /** The control's id; the hint takes its id from it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already text (see components/forms/use-field-error-text.ts): shown under the control, and read with it. */
  error?: string;
  /** The error line's id is fieldErrorId(errorName): forms whose summary or tests name the error by the form's field name pass it; the control's id otherwise. */
  errorName?: string;
  /** Shown between the hint and the control, e.g. fixed text the control's text follows. */
  before?: ReactNode;
  /** Shown under the error line: the personal-data findings, a counter, a notice. Give it ids and name them in aria-describedby to have the control described by them. */
  after?: ReactNode;
  className?: string;
};

// The label, hint, control and error of one field, wired the one way every form here wires
// them: the hint, any ids the caller adds, and the error describe the control, aria-invalid
// follows the error, and the error line is always in the page (empty and hidden when there is
// none), so a screen reader announces it when it appears. The fields pass every other prop
// (value, react-hook-form's register(), maxLength …) to the control, ref included.
function describedBy({ id, hint, errorName }: FieldFrame, own?: string) {
  return [hint ? `${id}-hint` : null, own, fieldErrorId(errorName ?? id)].filter(Boolean).join(" ");
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="hint">
      {hint}
    </p>
  ) : null;
}

function Frame({ frame, children }: { frame: FieldFrame; children: ReactNode }) {
  return (
    <div className={frame.className ? `field ${frame.className}` : "field"}>
      <label htmlFor={frame.id}>{frame.label}</label>
      <Hint id={frame.id} hint={frame.hint} />
      {frame.before}
      {children}
      <FieldError name={frame.errorName ?? frame.id} message={frame.error} />
      {frame.after}
    </div>
  );
}

function control<P extends { "aria-describedby"?: string }>(frame: FieldFrame, props: P) {
  return {
    id: frame.id,
    ...props,
    "aria-invalid": frame.error ? true : undefined,
    "aria-describedby": describedBy(frame, props["aria-describedby"]),
  };
}

// Splits a field's props into the frame's and the control's.
function split<P extends FieldFrame>({ id, label, hint, error, errorName, before, after, className, ...rest }: P) {
  return [{ id, label, hint, error, errorName, before, after, className }, rest] as const;
}

export function TextField(props: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const [frame, input] = split(props);
  return <Frame frame={frame}><input {...control(frame, input)} /></Frame>;
}

export function TextAreaField(props: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const [frame, textarea] = split(props);
  return <Frame frame={frame}><textarea {...control(frame, textarea)} /></Frame>;
}

/** The options go in as children. */
export function SelectField(props: FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  const [frame, select] = split(props);
  return <Frame frame={frame}><select {...control(frame, select)} /></Frame>;
}

type ChoiceFieldsetProps = {
  /** Names the hint (`${id}-hint`) and, unless errorName is given, the error line. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorName?: string;
  /** Whether the group is described by its hint and error; off where each choice carries them itself. */
  describe?: boolean;
  className?: string;
  /** The choices: radios or checkboxes, each with its own label. */
  children: ReactNode;
};

// A group of radios or checkboxes under one legend: the hint and the error line describe the
// group, so they are read once on entering it rather than with every choice.
export function ChoiceFieldset({ id, legend, hint, error, errorName, describe = true, className, children }: ChoiceFieldsetProps) {
  const frame = { id, label: legend, hint, errorName };
  return (
    <fieldset className={className ? `field ${className}` : "field"} aria-describedby={describe ? describedBy(frame) : undefined}>
      <legend>{legend}</legend>
      <Hint id={id} hint={hint} />
      {children}
      <FieldError name={errorName ?? id} message={error} />
    </fieldset>
  );
}
