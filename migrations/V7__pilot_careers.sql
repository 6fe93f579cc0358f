-- Pilot careers. A pilot's stats are the sum of their PIREPs' contributions: one row per PIREP,
-- replaced whole (in the transaction that writes the PIREP's row) whenever that row changes, and
-- counted only while `counts` (the PIREP is ACCEPTED). Totals are summed when read, so no order of
-- accepts, rejects and amendments, nor concurrent appliers, can make them drift from a replay.

create table pilot_stat_contributions (
  pirep_id          uuid         primary key,
  tenant_id         uuid         not null,
  pilot_id          uuid         not null,
  counts            boolean      not null,
  flight_minutes    integer      not null,
  distance_nm       integer      not null,
  landing_rate_fpm  integer,
  flown_at          timestamptz  not null,
  month             text         not null,
  version           bigint       not null
);

create index pilot_stat_contributions_pilot_idx on pilot_stat_contributions (pilot_id) where counts;
create index pilot_stat_contributions_tenant_month_idx on pilot_stat_contributions (tenant_id, month) where counts;

-- Each airline's ranks, lowest first (`position` 0 up), as its last RanksDefined set them.
create table tenant_ranks (
  tenant_id  uuid     not null,
  position   integer  not null,
  name       text     not null,
  min_hours  integer  not null,
  primary key (tenant_id, position)
);
