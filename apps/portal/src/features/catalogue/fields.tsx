import { useId, type ReactNode } from 'react';

/** The parts every field shares: label, hint and error, wired to the control with aria attributes. */
function FieldFrame({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: (ids: { id: string; describedBy?: string; invalid?: true }) => ReactNode;
}) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children({ id, describedBy, invalid: error ? true : undefined })}
    </div>
  );
}

export function TextAreaField({
  label,
  hint,
  error,
  value,
  onChange,
  name,
  rows = 4,
  required,
  className,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
  rows?: number;
  required?: boolean;
  className?: string;
}) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          required={required}
          className={className}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

/** A number typed as text, so a half-typed value ("7,") is not lost; the form parses it on submit. */
export function NumberField({
  label,
  hint,
  error,
  value,
  onChange,
  name,
  step = 1,
}: {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  name: string;
  step?: number;
}) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={name}
          type="text"
          inputMode={step < 1 ? 'decimal' : 'numeric'}
          className="input-short"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

/** Reads "7,5" as well as "7.5"; an empty or unreadable value becomes NaN for the form to refuse. */
export function parseNumber(value: string): number {
  const normalised = value.trim().replace(',', '.');
  return normalised === '' ? NaN : Number(normalised);
}
