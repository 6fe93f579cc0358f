import { useId, type HTMLInputTypeAttribute } from 'react';
import type { FieldBinding } from '../hooks/useApiForm';
import { cx } from '../lib/cx';

export const inputClass = cx(
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm',
  'ring-1 ring-inset ring-slate-300 placeholder:text-slate-400',
  'focus:ring-2 focus:ring-inset focus:ring-sky-600 focus:outline-none',
  'aria-invalid:ring-red-500 aria-invalid:focus:ring-red-600 disabled:bg-slate-100',
);

interface TextFieldProps extends FieldBinding {
  label: string;
  type?: HTMLInputTypeAttribute;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email';
  autoFocus?: boolean;
  /** Shows what is typed in capitals (the value is upper-cased when submitted). */
  uppercase?: boolean;
  className?: string;
}

/** A labelled input whose error appears under it and is announced with it. */
export function TextField({
  label,
  name,
  value,
  error,
  onChange,
  type = 'text',
  hint,
  required = false,
  multiline = false,
  rows = 3,
  uppercase = false,
  className,
  ...inputProps
}: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const common = {
    id,
    name,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined,
    'aria-required': required || undefined,
    className: cx(inputClass, uppercase && 'uppercase placeholder:normal-case'),
    ...inputProps,
  };

  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {!required && <span className="ml-1 font-normal text-slate-500">(optional)</span>}
      </label>
      <div className="mt-1.5">
        {multiline ? (
          <textarea rows={rows} onChange={(e) => onChange(e.target.value)} {...common} />
        ) : (
          <input type={type} onChange={(e) => onChange(e.target.value)} {...common} />
        )}
      </div>
      {hint && !error && (
        <p id={hintId} className="mt-1 text-xs text-slate-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700" data-field-error={name}>
          {error}
        </p>
      )}
    </div>
  );
}
