import type { FieldErrors } from '../api/errors';
import type { PirepInput, Role } from '../api/types';

/** Client-side checks that mirror the API's own rules (API.md), so most mistakes never leave the browser. */

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

type Check = (value: string) => string | null;

const required =
  (label: string): Check =>
  (value) =>
    value.trim() === '' ? `${label} is required.` : null;

const maxLength =
  (label: string, max: number): Check =>
  (value) =>
    value.length > max ? `${label} must be at most ${max} characters.` : null;

const pattern =
  (regex: RegExp, message: string): Check =>
  (value) =>
    value === '' || regex.test(value) ? null : message;

function check(value: string, ...checks: Check[]): string | null {
  for (const c of checks) {
    const message = c(value);
    if (message) return message;
  }
  return null;
}

function collect(entries: Record<string, string | null>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, message] of Object.entries(entries)) {
    if (message) errors[field] = message;
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const validateEmail = (value: string) =>
  check(value.trim(), required('Email'), pattern(EMAIL, 'Enter a valid email address.'));

export function validateNewPassword(value: string): string | null {
  if (value.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (value.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  return null;
}

export function validateLogin(values: { email: string; password: string }): FieldErrors {
  return collect({
    email: validateEmail(values.email),
    password: required('Password')(values.password),
  });
}

export function validatePasswordChange(values: {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}): FieldErrors {
  return collect({
    currentPassword: required('Current password')(values.currentPassword),
    newPassword: validateNewPassword(values.newPassword),
    confirmPassword:
      values.confirmPassword === values.newPassword ? null : 'The passwords do not match.',
  });
}

export function validateTenant(values: { name: string; icao: string }): FieldErrors {
  return collect({
    name: check(values.name, required('Name'), maxLength('Name', 100)),
    icao: check(
      values.icao.trim().toUpperCase(),
      required('ICAO code'),
      pattern(/^[A-Z]{3}$/, 'Use exactly 3 letters A-Z.'),
    ),
  });
}

export function validateUser(values: {
  email: string;
  displayName: string;
  role: Role | '';
  tenantId: string;
  password: string;
}): FieldErrors {
  const needsTenant = values.role === 'TENANT_ADMIN' || values.role === 'PILOT';
  return collect({
    email: validateEmail(values.email),
    displayName: check(values.displayName, required('Display name'), maxLength('Display name', 100)),
    role: values.role === '' ? 'Choose a role.' : null,
    tenantId: needsTenant && values.tenantId === '' ? 'Choose the airline of this user.' : null,
    password: values.password === '' ? null : validateNewPassword(values.password),
  });
}

export function validateUserChange(values: { displayName: string }): FieldErrors {
  return collect({ displayName: check(values.displayName, required('Display name'), maxLength('Display name', 100)) });
}

export function validateApiKeyName(values: { name: string }): FieldErrors {
  return collect({ name: check(values.name, required('Name'), maxLength('Name', 100)) });
}

export function validateRejectReason(values: { reason: string }): FieldErrors {
  return collect({ reason: check(values.reason, required('A reason'), maxLength('The reason', 500)) });
}

/** The PIREP form as typed: every field is text until it is submitted. */
export interface PirepFormValues {
  flightNumber: string;
  departure: string;
  arrival: string;
  aircraftType: string;
  flightTimeMinutes: string;
  blockOffAt: string;
  blockOnAt: string;
  fuelUsedKg: string;
  distanceNm: string;
  landingRateFpm: string;
  route: string;
  notes: string;
}

export const EMPTY_PIREP_FORM: PirepFormValues = {
  flightNumber: '',
  departure: '',
  arrival: '',
  aircraftType: '',
  flightTimeMinutes: '',
  blockOffAt: '',
  blockOnAt: '',
  fuelUsedKg: '',
  distanceNm: '',
  landingRateFpm: '',
  route: '',
  notes: '',
};

const number =
  (label: string, min: number, max: number, integer = false): Check =>
  (value) => {
    if (value.trim() === '') return null;
    const n = Number(value);
    if (!Number.isFinite(n)) return `${label} must be a number.`;
    if (integer && !Number.isInteger(n)) return `${label} must be a whole number.`;
    if (n < min || n > max) return `${label} must be between ${min} and ${max}.`;
    return null;
  };

const airport = (label: string): Check[] => [
  required(label),
  pattern(/^[A-Z]{4}$/, 'Use a 4-letter ICAO airport code, e.g. EGLL.'),
];

export function validatePirep(values: PirepFormValues): FieldErrors {
  const upper = (value: string) => value.trim().toUpperCase();
  const blockOff = parseLocalDateTime(values.blockOffAt);
  const blockOn = parseLocalDateTime(values.blockOnAt);
  return collect({
    flightNumber: check(
      upper(values.flightNumber),
      required('Flight number'),
      pattern(/^[A-Z0-9]{1,10}$/, 'Use 1 to 10 letters and digits, e.g. BAW123.'),
    ),
    departure: check(upper(values.departure), ...airport('Departure')),
    arrival: check(upper(values.arrival), ...airport('Arrival')),
    aircraftType: check(
      upper(values.aircraftType),
      required('Aircraft type'),
      pattern(/^[A-Z0-9]{2,4}$/, 'Use an ICAO type designator of 2 to 4 letters and digits, e.g. B738.'),
    ),
    flightTimeMinutes: check(
      values.flightTimeMinutes,
      required('Flight time'),
      number('Flight time', 1, 1440, true),
    ),
    blockOffAt: values.blockOffAt !== '' && blockOff === null ? 'Enter a valid date and time.' : null,
    blockOnAt:
      values.blockOnAt !== '' && blockOn === null
        ? 'Enter a valid date and time.'
        : blockOff !== null && blockOn !== null && blockOn <= blockOff
          ? 'Block on must be after block off.'
          : null,
    fuelUsedKg: number('Fuel used', 0, 500000)(values.fuelUsedKg),
    distanceNm: number('Distance', 0, 20000)(values.distanceNm),
    landingRateFpm: number('Landing rate', -5000, 5000)(values.landingRateFpm),
    route: maxLength('Route', 2000)(values.route),
    notes: maxLength('Notes', 2000)(values.notes),
  });
}

/** Converts validated form values into the API's PIREP input (upper-cased codes, UTC times). */
export function toPirepInput(values: PirepFormValues): PirepInput {
  const optionalNumber = (value: string) => (value.trim() === '' ? undefined : Number(value));
  const optionalText = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const optionalTime = (value: string) => parseLocalDateTime(value)?.toISOString();
  return {
    flightNumber: values.flightNumber.trim().toUpperCase(),
    departure: values.departure.trim().toUpperCase(),
    arrival: values.arrival.trim().toUpperCase(),
    aircraftType: values.aircraftType.trim().toUpperCase(),
    flightTimeMinutes: Number(values.flightTimeMinutes),
    blockOffAt: optionalTime(values.blockOffAt),
    blockOnAt: optionalTime(values.blockOnAt),
    fuelUsedKg: optionalNumber(values.fuelUsedKg),
    distanceNm: optionalNumber(values.distanceNm),
    landingRateFpm: optionalNumber(values.landingRateFpm),
    route: optionalText(values.route),
    notes: optionalText(values.notes),
  };
}

/** Parses the value of an `<input type="datetime-local">`, which is in the user's time zone. */
export function parseLocalDateTime(value: string): Date | null {
  if (value.trim() === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
