-- The event store: one row per event, the single source of truth.
--
-- Positions come from a sequence and can commit out of order, so readers of the feed order by
-- the writing transaction first (transaction_id, stamped by the default below) and read only
-- transactions older than every one still running: see PgEventStore.readAfter.
create table events (
  position        bigserial    primary key,
  transaction_id  xid8         not null default pg_current_xact_id(),
  event_id        uuid         not null,
  stream_id       uuid         not null,
  stream_type     text         not null,
  version         bigint       not null check (version > 0),
  tenant_id       uuid,
  event_type      text         not null,
  payload         bytea        not null,
  actor_id        uuid,
  occurred_at     timestamptz  not null,
  correlation_id  uuid,
  causation_id    uuid,
  recorded_at     timestamptz  not null default now(),
  constraint events_event_id_key unique (event_id),
  constraint events_stream_version_key unique (stream_id, version)
);

create index events_feed_idx on events (transaction_id, position);

-- Wakes listeners (the outbox relay) when a transaction that appended commits. PostgreSQL folds
-- identical notifications of one transaction into one.
create function events_appended() returns trigger
language plpgsql as $$
begin
  perform pg_notify('albatross_events', '');
  return null;
end
$$;

create trigger events_appended
  after insert on events
  for each statement
  execute function events_appended();
