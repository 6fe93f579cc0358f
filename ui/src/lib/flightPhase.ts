import type { Position } from '../api/types';

export type FlightPhase = 'ON_GROUND' | 'CLIMB' | 'CRUISE' | 'DESCENT';

/** Below this vertical speed, either way, an aircraft counts as level. */
export const LEVEL_VERTICAL_SPEED_FPM = 300;
/** Without an onGround flag, slower than this and level means still on the ground. */
const TAXI_SPEED_KT = 40;

export const PHASE_LABELS: Record<FlightPhase, string> = {
  ON_GROUND: 'On ground',
  CLIMB: 'Climb',
  CRUISE: 'Cruise',
  DESCENT: 'Descent',
};

/** What the aircraft is doing at one position, from its onGround flag and vertical speed. */
export function flightPhase(position: Position): FlightPhase {
  const level = Math.abs(position.verticalSpeedFpm) <= LEVEL_VERTICAL_SPEED_FPM;
  const onGround = position.onGround ?? (level && position.groundSpeedKt < TAXI_SPEED_KT);
  if (onGround) return 'ON_GROUND';
  if (level) return 'CRUISE';
  return position.verticalSpeedFpm > 0 ? 'CLIMB' : 'DESCENT';
}

export const phaseLabel = (position: Position | null | undefined): string =>
  position ? PHASE_LABELS[flightPhase(position)] : '—';
