import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Description, Field, Label } from '@headlessui/react';
import { useState } from 'react';
import type { Airport } from '../api/types';
import { useAirportSearch } from '../hooks/airports';
import type { FieldBinding } from '../hooks/useApiForm';
import { cx } from '../lib/cx';
import { inputClass } from './TextField';

interface AirportFieldProps extends FieldBinding {
  label: string;
  required?: boolean;
  placeholder?: string;
  hint?: string;
}

/**
 * An ICAO airport code with search as you type: what is typed is the value (a known code needs
 * no search), and choosing a suggestion puts its ICAO code in the field.
 */
export function AirportField({ label, name, value, error, onChange, required = false, placeholder, hint }: AirportFieldProps) {
  const [typed, setTyped] = useState('');
  const search = useAirportSearch(typed);

  // Headless UI's Field ties the label, and the hint or error, to the input.
  return (
    <Field>
      <Label className="block text-sm font-medium text-slate-800">
        {label}
        {!required && <span className="ml-1 font-normal text-slate-500">(optional)</span>}
      </Label>
      <Combobox value={value} onChange={(icao: string | null) => onChange(icao ?? '')}>
        <ComboboxInput
          name={name}
          autoComplete="off"
          placeholder={placeholder}
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          className={cx(inputClass, 'mt-1.5 uppercase placeholder:normal-case')}
          displayValue={(icao: string) => icao}
          onChange={(event) => {
            onChange(event.target.value);
            setTyped(event.target.value);
          }}
        />
        <ComboboxOptions
          // Suggestions, not a dialog: the rest of the form stays usable while they show.
          modal={false}
          anchor="bottom start"
          className="z-50 mt-1 max-h-72 w-(--input-width) min-w-72 overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-slate-200 empty:invisible focus:outline-none"
        >
          {search.airports.map((airport) => (
            <ComboboxOption
              key={airport.icao}
              value={airport.icao}
              className="cursor-default px-3 py-2 text-slate-800 data-focus:bg-sky-50"
            >
              <AirportOption airport={airport} />
            </ComboboxOption>
          ))}
        </ComboboxOptions>
      </Combobox>
      {error ? (
        <Description className="mt-1 text-sm text-red-700" data-field-error={name}>
          {error}
        </Description>
      ) : (
        hint && <Description className="mt-1 text-xs text-slate-500">{hint}</Description>
      )}
    </Field>
  );
}

function AirportOption({ airport }: { airport: Airport }) {
  const place = [airport.city, airport.country].filter(Boolean).join(', ');
  return (
    <span className="block">
      <span className="font-mono font-semibold">{airport.icao}</span>
      {airport.iata && <span className="ml-2 font-mono text-slate-500">{airport.iata}</span>}
      <span className="ml-2">{airport.name}</span>
      {place && <span className="block text-xs text-slate-500">{place}</span>}
    </span>
  );
}
