import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDuration, humanizeEventType } from './format';

describe('format', () => {
  it('writes durations in hours and minutes', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(455)).toBe('7 h 35 min');
  });

  it('names events for people', () => {
    expect(humanizeEventType('PirepSubmitted')).toBe('PIREP submitted');
    expect(humanizeEventType('ApiKeyRevoked')).toBe('Api key revoked');
  });

  it('shows a dash for a missing time and a localised one otherwise', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('2026-11-26T21:00:00Z')).toMatch(/2026/);
  });
});
