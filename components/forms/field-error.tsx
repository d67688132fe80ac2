// The error line under a field. Give the field `aria-describedby={fieldErrorId(name)}` and
// `aria-invalid`, so screen readers read the message with the field.
export function fieldErrorId(name: string) {
  return `${name}-fel`;
}

export function FieldError({ name, message }: { name: string; message?: string }) {
  return (
    <p id={fieldErrorId(name)} className="field-error" aria-live="polite" hidden={!message}>
      {message}
    </p>
  );
}
