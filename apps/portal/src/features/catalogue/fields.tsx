import { Field, type FieldProps } from '../../lib/ui';

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
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  name: string;
  rows?: number;
  required?: boolean;
  className?: string;
}) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <textarea
          {...control}
          name={name}
          rows={rows}
          className={className}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
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
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  name: string;
  step?: number;
}) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          name={name}
          type="text"
          inputMode={step < 1 ? 'decimal' : 'numeric'}
          className="input-short"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** Reads "7,5" as well as "7.5"; an empty or unreadable value becomes NaN for the form to refuse. */
export function parseNumber(value: string): number {
  const normalised = value.trim().replace(',', '.');
  return normalised === '' ? NaN : Number(normalised);
}
