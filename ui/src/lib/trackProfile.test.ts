import { describe, expect, it } from 'vitest';
import { track } from '../test/flightFixtures';
import { altitudeProfile, spread, trackSummary } from './trackProfile';

describe('trackProfile', () => {
  it('spreads a long list evenly, keeping both ends', () => {
    const items = Array.from({ length: 43_200 }, (_, i) => i);
    const kept = spread(items, 5);
    expect(kept).toEqual([0, 10_800, 21_600, 32_399, 43_199]);
    expect(spread([1, 2], 5)).toEqual([1, 2]);
  });

  it('measures the profile in minutes from the first position, with each point’s phase', () => {
    const profile = altitudeProfile(track(), 100);
    expect(profile).toHaveLength(9);
    expect(profile[0]).toEqual({ minutes: 0, altitudeFt: 83, groundSpeedKt: 18, verticalSpeedFpm: 0, phase: 'On ground' });
    expect(profile[2]).toMatchObject({ minutes: 12, altitudeFt: 6000, phase: 'Climb' });
    expect(profile[6]).toMatchObject({ minutes: 36, phase: 'Descent' });
  });

  it('sums a track up', () => {
    expect(trackSummary(track())).toEqual({ positions: 9, minutes: 48, highestFt: 33000, fastestKt: 455 });
    expect(trackSummary([])).toBeNull();
  });
});
