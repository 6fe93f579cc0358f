-- Flights' positions: telemetry kept beside the event store, which records one PositionsRecorded
-- event per batch. A position is the flight's by its client-chosen seq; a repeat is ignored.
create table positions (
  flight_id           uuid              not null,
  seq                 integer           not null,
  at                  timestamptz       not null,
  lat                 double precision  not null,
  lon                 double precision  not null,
  altitude_ft         integer           not null,
  heading_deg         double precision  not null,
  ground_speed_kt     integer           not null,
  vertical_speed_fpm  integer           not null,
  on_ground           boolean,
  primary key (flight_id, seq)
);

-- The flights read model: one row per flight, with its newest position (the last_ columns, null before one).
create table flights (
  id                 uuid              primary key,
  tenant_id          uuid              not null,
  pilot_id           uuid              not null,
  pilot_name         text              not null,
  flight_number      text              not null,
  departure          text              not null,
  arrival            text              not null,
  aircraft_type      text              not null,
  route              text,
  client             text,
  status             text              not null,
  started_at         timestamptz       not null,
  last_seen_at       timestamptz       not null,
  last_seq                 integer,
  last_at                  timestamptz,
  last_lat                 double precision,
  last_lon                 double precision,
  last_altitude_ft         integer,
  last_heading_deg         double precision,
  last_ground_speed_kt     integer,
  last_vertical_speed_fpm  integer,
  last_on_ground           boolean,
  distance_flown_nm  double precision  not null,
  pirep_id           uuid,
  version            bigint            not null
);

create index flights_newest_idx on flights (started_at, id);
create index flights_status_newest_idx on flights (status, started_at, id);
create index flights_tenant_status_newest_idx on flights (tenant_id, status, started_at, id);
