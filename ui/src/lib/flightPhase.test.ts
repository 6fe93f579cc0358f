import { describe, expect, it } from 'vitest';
import { position } from '../test/flightFixtures';
import { flightPhase, phaseLabel } from './flightPhase';

describe('flightPhase', () => {
  it('reads the onGround flag first', () => {
    expect(flightPhase(position({ onGround: true, groundSpeedKt: 140, verticalSpeedFpm: -150 }))).toBe('ON_GROUND');
  });

  it('tells climb, cruise and descent apart by vertical speed', () => {
    expect(flightPhase(position({ verticalSpeedFpm: 2200 }))).toBe('CLIMB');
    expect(flightPhase(position({ verticalSpeedFpm: 120 }))).toBe('CRUISE');
    expect(flightPhase(position({ verticalSpeedFpm: -300 }))).toBe('CRUISE');
    expect(flightPhase(position({ verticalSpeedFpm: -1800 }))).toBe('DESCENT');
  });

  it('takes a slow, level aircraft without the flag as on the ground', () => {
    expect(flightPhase(position({ onGround: undefined, groundSpeedKt: 12, verticalSpeedFpm: 0 }))).toBe('ON_GROUND');
    expect(flightPhase(position({ onGround: undefined, groundSpeedKt: 450, verticalSpeedFpm: 0 }))).toBe('CRUISE');
  });

  it('labels a missing position with a dash', () => {
    expect(phaseLabel(null)).toBe('—');
    expect(phaseLabel(position({ verticalSpeedFpm: -2000 }))).toBe('Descent');
  });
});
