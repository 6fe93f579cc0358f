-- Read models: rows rebuilt from events. Each row carries the version of the stream it reflects,
-- so a redelivered event (at or below it) changes nothing. Lists are keyset-paged newest first
-- by (time, id); the indexes below serve those orders, scanned backwards.

create table tenants (
  id          uuid         primary key,
  name        text         not null,
  icao        text         not null,
  created_at  timestamptz  not null,
  version     bigint       not null
);

create index tenants_newest_idx on tenants (created_at, id);

create table users (
  id                    uuid         primary key,
  email                 text         not null,
  display_name          text         not null,
  role                  text         not null,
  tenant_id             uuid,
  must_change_password  boolean      not null,
  created_at            timestamptz  not null,
  version               bigint       not null
);

create index users_newest_idx on users (created_at, id);
create index users_tenant_newest_idx on users (tenant_id, created_at, id);
create index users_tenant_role_newest_idx on users (tenant_id, role, created_at, id);

create table api_keys (
  id            uuid         primary key,
  user_id       uuid         not null,
  role          text         not null,
  tenant_id     uuid,
  name          text         not null,
  prefix        text         not null,
  key_hash      text         not null,
  created_at    timestamptz  not null,
  last_used_at  timestamptz,
  revoked_at    timestamptz,
  constraint api_keys_key_hash_key unique (key_hash)
);

create index api_keys_user_newest_idx on api_keys (user_id, created_at, id);

create table pireps (
  id                   uuid         primary key,
  tenant_id            uuid         not null,
  pilot_id             uuid         not null,
  pilot_name           text         not null,
  flight_number        text         not null,
  departure            text         not null,
  arrival              text         not null,
  aircraft_type        text         not null,
  flight_time_minutes  integer      not null,
  block_off_at         timestamptz,
  block_on_at          timestamptz,
  fuel_used_kg         integer,
  distance_nm          integer,
  landing_rate_fpm     integer,
  route                text,
  notes                text,
  status               text         not null,
  source               text         not null,
  submitted_at         timestamptz  not null,
  reviewed_at          timestamptz,
  reviewed_by          uuid,
  rejection_reason     text,
  version              bigint       not null
);

create index pireps_newest_idx on pireps (submitted_at, id);
create index pireps_tenant_newest_idx on pireps (tenant_id, submitted_at, id);
create index pireps_tenant_status_newest_idx on pireps (tenant_id, status, submitted_at, id);
create index pireps_tenant_pilot_newest_idx on pireps (tenant_id, pilot_id, submitted_at, id);

-- How far each named reader of the event feed (the outbox relay) has got: a feed position is
-- (transaction_id, position), see events.
create table checkpoints (
  reader          text         primary key,
  transaction_id  bigint       not null,
  position        bigint       not null,
  updated_at      timestamptz  not null default now()
);
