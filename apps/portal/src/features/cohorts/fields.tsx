import { useId, type ReactNode } from 'react';
import { Field, type FieldProps } from '../../lib/ui';

/** A text-like input for the input types lib/ui's TextField lacks (date, time, url). */
export function InputField({
  label,
  hint,
  error,
  value,
  onChange,
  name,
  type = 'text',
  inputMode,
  className,
  required,
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  name: string;
  type?: 'text' | 'date' | 'time' | 'url';
  inputMode?: 'numeric';
  className?: string;
  required?: boolean;
}) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          inputMode={inputMode}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** A set of radio buttons with one legend. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
}: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: ReactNode }[];
  onChange: (value: T) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <fieldset className="field cohort-radios" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** A whole number typed as text; empty or unreadable gives NaN for the form to refuse. */
export function parseWhole(value: string): number {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
}
