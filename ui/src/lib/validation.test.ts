import { describe, expect, it } from 'vitest';
import {
  EMPTY_PIREP_FORM,
  toPirepInput,
  validateApiKeyName,
  validatePasswordChange,
  validatePirep,
  validateRejectReason,
  validateTenant,
  validateUser,
  type PirepFormValues,
} from './validation';

const validPirep: PirepFormValues = {
  ...EMPTY_PIREP_FORM,
  flightNumber: 'baw123',
  departure: 'egll',
  arrival: 'kjfk',
  aircraftType: 'b772',
  flightTimeMinutes: '455',
};

describe('PIREP validation', () => {
  it('accepts a minimal PIREP, upper-casing codes like the API', () => {
    expect(validatePirep(validPirep)).toEqual({});
    expect(toPirepInput(validPirep)).toEqual({
      flightNumber: 'BAW123',
      departure: 'EGLL',
      arrival: 'KJFK',
      aircraftType: 'B772',
      flightTimeMinutes: 455,
    });
  });

  it('names each invalid field', () => {
    const errors = validatePirep({
      ...validPirep,
      flightNumber: 'BAW-12345678',
      departure: 'LHR',
      aircraftType: 'B',
      flightTimeMinutes: '1441',
      fuelUsedKg: '-1',
      distanceNm: '20001',
      landingRateFpm: '-5001',
      notes: 'x'.repeat(2001),
    });
    expect(Object.keys(errors).sort()).toEqual(
      ['aircraftType', 'departure', 'distanceNm', 'flightNumber', 'flightTimeMinutes', 'fuelUsedKg', 'landingRateFpm', 'notes'].sort(),
    );
    expect(errors.departure).toMatch(/4-letter ICAO/);
  });

  it('requires whole minutes between 1 and 1440', () => {
    expect(validatePirep({ ...validPirep, flightTimeMinutes: '1.5' }).flightTimeMinutes).toMatch(/whole/);
    expect(validatePirep({ ...validPirep, flightTimeMinutes: '0' }).flightTimeMinutes).toMatch(/between 1 and 1440/);
    expect(validatePirep({ ...validPirep, flightTimeMinutes: '' }).flightTimeMinutes).toMatch(/required/);
  });

  it('requires block on after block off and sends both as UTC', () => {
    const times = { ...validPirep, blockOffAt: '2026-11-26T10:00', blockOnAt: '2026-11-26T09:00' };
    expect(validatePirep(times).blockOnAt).toBe('Block on must be after block off.');

    const ok = { ...times, blockOnAt: '2026-11-26T17:35' };
    expect(validatePirep(ok)).toEqual({});
    const input = toPirepInput(ok);
    expect(input.blockOffAt).toBe(new Date('2026-11-26T10:00').toISOString());
    expect(input.blockOnAt).toMatch(/Z$/);
  });
});

describe('other forms', () => {
  it('checks the new password length 12..128 and the repetition', () => {
    const base = { currentPassword: 'old', newPassword: 'short', confirmPassword: 'short' };
    expect(validatePasswordChange(base).newPassword).toMatch(/at least 12/);
    expect(validatePasswordChange({ ...base, newPassword: 'x'.repeat(129), confirmPassword: 'x'.repeat(129) }).newPassword).toMatch(/at most 128/);
    expect(validatePasswordChange({ ...base, newPassword: 'long enough pass', confirmPassword: 'other' })).toEqual({
      confirmPassword: 'The passwords do not match.',
    });
  });

  it('checks airlines: 3-letter ICAO (any case) and a name up to 100', () => {
    expect(validateTenant({ name: 'Speedbird', icao: 'baw' })).toEqual({});
    expect(validateTenant({ name: ' ', icao: 'BA1' })).toEqual({
      name: 'Name is required.',
      icao: 'Use exactly 3 letters A-Z.',
    });
    expect(validateTenant({ name: 'x'.repeat(101), icao: 'BAW' }).name).toMatch(/at most 100/);
  });

  it('applies the role rules to new users', () => {
    const pilot = { email: 'p@x.test', displayName: 'P', role: 'PILOT' as const, tenantId: '', password: '' };
    expect(validateUser(pilot)).toEqual({ tenantId: 'Choose the airline of this user.' });
    expect(validateUser({ ...pilot, role: 'PLATFORM_ADMIN' })).toEqual({});
    expect(validateUser({ ...pilot, tenantId: 't1', password: 'short' }).password).toMatch(/at least 12/);
    expect(validateUser({ ...pilot, tenantId: 't1', email: 'nope' }).email).toMatch(/valid email/);
  });

  it('limits key names to 1..100 and reasons to 1..500', () => {
    expect(validateApiKeyName({ name: '' }).name).toBe('Name is required.');
    expect(validateApiKeyName({ name: 'x'.repeat(101) }).name).toMatch(/100/);
    expect(validateRejectReason({ reason: 'x'.repeat(501) }).reason).toMatch(/500/);
    expect(validateRejectReason({ reason: 'Wrong aircraft' })).toEqual({});
  });
});
