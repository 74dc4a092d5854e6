import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/** A page's one `<h1>`, which also names the browser tab. */
export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children?: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
  return (
    <>
      <div className="page-header">
        {/* tabIndex -1: focus moves here after navigation, so screen readers start at the new page. */}
        <h1 tabIndex={-1}>{title}</h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </>
  );
}

/** Always in the DOM so screen readers announce the error the moment it appears. */
export function ErrorAlert({ message }: { message?: string | null }) {
  return (
    <div role="alert" className="live-region">
      {message && <p className="message message-error">{message}</p>}
    </div>
  );
}

/** Polite announcement of a success or progress message. */
export function StatusMessage({ message }: { message?: string | null }) {
  return (
    <div role="status" className="live-region">
      {message && <p className="message message-success">{message}</p>}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('app.loading')}
    </p>
  );
}

function describedBy(...ids: (string | false | undefined)[]) {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** What a field wrapper hands its control so label, hint and error are wired to it. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

export interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
}

/**
 * The one field wrapper: label, hint and error wired to the control with aria-describedby and
 * aria-invalid. `required` goes to the control itself, so assistive technology announces it.
 * Every field component in the portal renders through this.
 */
export function Field({
  label,
  hint,
  error,
  required,
  className,
  children,
}: FieldProps & {
  required?: boolean;
  /** Extra class on the wrapper, next to `field`. */
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
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
      {children({
        id,
        'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`),
        'aria-invalid': error ? true : undefined,
        required,
      })}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  value,
  onChange,
  required,
  ...input
}: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  name: string;
  type?: 'text' | 'email' | 'password' | 'search';
  autoComplete?: string;
  required?: boolean;
}) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <input type="text" {...input} {...control} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  value,
  onChange,
  name,
  children,
}: FieldProps & { value: string; onChange: (value: string) => void; name: string; children: ReactNode }) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
          {children}
        </select>
      )}
    </Field>
  );
}

/**
 * The one file field: a labelled `<input type="file">` (what keyboard and screen-reader users
 * use, unchanged) inside a zone that also takes a file dropped on it. A dropped file is handed to
 * `onFile` exactly as a chosen one, and put in the input too, so the form reads the same either
 * way. It checks nothing about the file: type and size limits are the server's, and its refusal
 * comes back as `error`, announced by the alert next to the input.
 */
export function FileUploadField({
  label,
  hint,
  error,
  accept,
  name = 'file',
  inputRef,
  onFile,
}: FieldProps & {
  accept?: string;
  name?: string;
  /** For a form that clears the input after an upload. */
  inputRef?: RefObject<HTMLInputElement | null>;
  /** The chosen or dropped file; `null` when the choice is cleared. */
  onFile: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ownRef = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownRef;
  const [over, setOver] = useState(false);
  const [dropped, setDropped] = useState<string | null>(null);

  const accepting = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  function drop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (input.current) {
      // The input shows the dropped file as if it had been chosen (one file: the field takes one).
      const one = new DataTransfer();
      one.items.add(file);
      input.current.files = one.files;
    }
    setDropped(file.name);
    onFile(file);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {/* An alert, so the refusal is announced the moment it appears, next to the field it is about. */}
      <div role="alert" className="live-region" id={`${id}-error`}>
        {error && <p className="field-error">{error}</p>}
      </div>
      <div
        role="group"
        aria-labelledby={`${id}-drop`}
        className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
        onDragEnter={accepting}
        onDragOver={accepting}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={drop}
      >
        <p className="drop-zone-text" id={`${id}-drop`}>
          {t('fileField.drop')}
        </p>
        <input
          ref={input}
          id={id}
          type="file"
          name={name}
          accept={accept}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
          onChange={(event) => {
            setDropped(null);
            onFile(event.target.files?.[0] ?? null);
          }}
        />
      </div>
      <div role="status" className="live-region">
        {dropped && <p className="small muted">{t('fileField.dropped', { name: dropped })}</p>}
      </div>
    </div>
  );
}

/** A group of checkboxes with one legend, e.g. the roles of a user. */
export function CheckboxGroup<T extends string>({
  legend,
  hint,
  error,
  options,
  selected,
  onChange,
}: {
  legend: string;
  hint?: string;
  error?: string;
  options: { value: T; label: string }[];
  selected: T[];
  onChange: (selected: T[]) => void;
}) {
  const id = useId();
  return (
    <fieldset
      className="field checkbox-group"
      aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
    >
      <legend>{legend}</legend>
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
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type="checkbox"
            checked={selected.includes(option.value)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...selected, option.value] : selected.filter((value) => value !== option.value),
              )
            }
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A modal built on `<dialog>`: the browser keeps focus inside, closes it on Escape and gives
 * focus back to what opened it.
 */
export function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    // A confirm step starts on its safe choice (marked data-autofocus), not on the first button.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const handleClose = () => onCloseRef.current();
    dialog.addEventListener('close', handleClose);
    return () => {
      dialog.removeEventListener('close', handleClose);
      if (dialog.open) dialog.close();
    };
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/**
 * Previous/next paging under a list, with "21–40 of 57". Renders nothing when the whole list
 * fits on one page. `page` counts from 1.
 */
export function Pagination({
  label,
  page,
  pageSize,
  offset,
  shown,
  total,
  onPage,
}: {
  label: string;
  page: number;
  pageSize: number;
  offset: number;
  shown: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  const from = total > 0 ? offset + 1 : 0;
  const to = offset + shown;
  return (
    <nav className="pagination" aria-label={label}>
      <p>{t('pagination.range', { from, to, total })}</p>
      <button type="button" className="button button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pagination.previous')}
      </button>
      <button type="button" className="button button-secondary" disabled={to >= total} onClick={() => onPage(page + 1)}>
        {t('pagination.next')}
      </button>
    </nav>
  );
}
