import type { Position } from '../api/types';
import { flightPhase, PHASE_LABELS } from './flightPhase';

export interface ProfilePoint {
  /** Minutes since the first position. */
  minutes: number;
  altitudeFt: number;
  groundSpeedKt: number;
  verticalSpeedFpm: number;
  phase: string;
}

export interface TrackSummary {
  positions: number;
  minutes: number;
  highestFt: number;
  fastestKt: number;
}

const MINUTE_MS = 60_000;

/** At most `count` positions, evenly spread, the first and the last always among them. */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = (items.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => items[Math.round(i * step)]);
}

/** The track as points of an altitude profile, time measured from its first position. */
export function altitudeProfile(track: Position[], maxPoints: number): ProfilePoint[] {
  if (track.length === 0) return [];
  const start = Date.parse(track[0].at);
  return spread(track, maxPoints).map((position) => ({
    minutes: Math.round(((Date.parse(position.at) - start) / MINUTE_MS) * 10) / 10,
    altitudeFt: position.altitudeFt,
    groundSpeedKt: position.groundSpeedKt,
    verticalSpeedFpm: position.verticalSpeedFpm,
    phase: PHASE_LABELS[flightPhase(position)],
  }));
}

export function trackSummary(track: Position[]): TrackSummary | null {
  if (track.length === 0) return null;
  let highestFt = -Infinity;
  let fastestKt = 0;
  for (const position of track) {
    highestFt = Math.max(highestFt, position.altitudeFt);
    fastestKt = Math.max(fastestKt, position.groundSpeedKt);
  }
  const minutes = Math.round((Date.parse(track[track.length - 1].at) - Date.parse(track[0].at)) / MINUTE_MS);
  return { positions: track.length, minutes, highestFt, fastestKt };
}
