export type Role = 'PLATFORM_ADMIN' | 'TENANT_ADMIN' | 'PILOT';

export type UserStatus = 'ACTIVE' | 'SUSPENDED';

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  tenantId: string | null;
  mustChangePassword: boolean;
  createdAt: string;
  status: UserStatus;
  suspendedReason: string | null;
}

export interface CreatedUser extends User {
  initialPassword?: string;
}

export interface LoginResponse {
  token: string;
  expiresAt: string;
  user: User;
}

export interface Tenant {
  id: string;
  name: string;
  icao: string;
  createdAt: string;
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey {
  id: string;
  name: string;
  prefix: string;
  key: string;
  createdAt: string;
}

export type PirepStatus = 'SUBMITTED' | 'ACCEPTED' | 'REJECTED';

export const PIREP_STATUSES: readonly PirepStatus[] = ['SUBMITTED', 'ACCEPTED', 'REJECTED'];

interface PirepFlight {
  flightNumber: string;
  departure: string;
  arrival: string;
  aircraftType: string;
  flightTimeMinutes: number;
}

interface PirepExtras {
  blockOffAt: string;
  blockOnAt: string;
  fuelUsedKg: number;
  distanceNm: number;
  landingRateFpm: number;
  route: string;
  notes: string;
}

/** What a client sends: the extras may be left out. */
export type PirepInput = PirepFlight & Partial<PirepExtras>;

/** What the server answers: extras that were not given come back as null. */
export type Pirep = PirepFlight & { [K in keyof PirepExtras]?: PirepExtras[K] | null } & {
  id: string;
  tenantId: string;
  pilotId: string;
  pilotName: string;
  status: PirepStatus;
  /** ACARS: filed from a live flight, whose track GET /api/flights/{flightId}/track answers. */
  source: PirepSource;
  /** The live flight this PIREP was filed from; null for a PIREP not filed from one. */
  flightId: string | null;
  submittedAt: string;
  reviewedAt: string | null;
  reviewedBy: string | null;
  rejectionReason: string | null;
};

export type PirepSource = 'MANUAL' | 'API' | 'ACARS';

export interface PirepHistoryEntry {
  type: string;
  version: number;
  occurredAt: string;
  actorId: string | null;
  data: Record<string, unknown> | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
}

export interface Airport {
  icao: string;
  iata: string | null;
  name: string;
  city: string | null;
  country: string;
  lat: number;
  lon: number;
  elevationFt: number;
}

/** One ACARS report of where an aircraft was (API.md, "Live flights"). */
export interface Position {
  seq: number;
  at: string;
  lat: number;
  lon: number;
  altitudeFt: number;
  headingDeg: number;
  groundSpeedKt: number;
  verticalSpeedFpm: number;
  onGround?: boolean | null;
}

export type FlightStatus = 'IN_PROGRESS' | 'LOST' | 'FILED' | 'CANCELLED';

export interface Flight {
  id: string;
  tenantId: string;
  pilotId: string;
  pilotName: string;
  flightNumber: string;
  departure: string;
  arrival: string;
  aircraftType: string;
  route: string | null;
  client: string | null;
  status: FlightStatus;
  startedAt: string;
  lastSeenAt: string | null;
  lastPosition: Position | null;
  distanceFlownNm: number;
  pirepId: string | null;
}

export type FlightEventType = 'FlightStarted' | 'FlightMoved' | 'FlightFiled' | 'FlightCancelled' | 'FlightLost';
