import { Field, Label, Listbox, ListboxButton, ListboxOption, ListboxOptions } from '@headlessui/react';
import { useId } from 'react';
import type { FieldBinding } from '../hooks/useApiForm';
import { cx } from '../lib/cx';
import { CheckIcon, ChevronDownIcon } from './icons';
import { inputClass } from './TextField';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends FieldBinding {
  label: string;
  options: SelectOption[];
  placeholder?: string;
  /** Marks the label "(optional)". */
  optional?: boolean;
  disabled?: boolean;
  className?: string;
}

/** A labelled Headless UI listbox; its label is a real <label for> pointing at the button. */
export function SelectField({
  label,
  name,
  value,
  error,
  onChange,
  options,
  placeholder = 'Choose…',
  optional = false,
  disabled = false,
  className,
}: SelectFieldProps) {
  const errorId = `${useId()}-error`;
  const selected = options.find((option) => option.value === value);

  return (
    <Field className={className} disabled={disabled}>
      <Label className="block text-sm font-medium text-slate-800">
        {label}
        {optional && <span className="ml-1 font-normal text-slate-500">(optional)</span>}
      </Label>
      <Listbox value={value} onChange={onChange} invalid={!!error}>
        <ListboxButton
          name={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={cx(inputClass, 'mt-1.5 flex items-center justify-between gap-2 text-left')}
        >
          <span className={cx('truncate', !selected && 'text-slate-400')}>
            {selected?.label ?? placeholder}
          </span>
          <ChevronDownIcon className="size-4 text-slate-500" />
        </ListboxButton>
        <ListboxOptions
          anchor="bottom start"
          className="z-50 mt-1 max-h-64 w-(--button-width) overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200 focus:outline-none"
        >
          {options.map((option) => (
            <ListboxOption
              key={option.value}
              value={option.value}
              className="group flex cursor-default items-center justify-between gap-2 px-3 py-2 text-slate-800 data-focus:bg-sky-50 data-selected:font-semibold"
            >
              {option.label}
              <CheckIcon className="invisible size-4 text-sky-700 group-data-selected:visible" />
            </ListboxOption>
          ))}
        </ListboxOptions>
      </Listbox>
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700" data-field-error={name}>
          {error}
        </p>
      )}
    </Field>
  );
}
