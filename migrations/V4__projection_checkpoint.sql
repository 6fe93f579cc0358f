-- The projections save how far they got in the feed (the reader 'projections'), so that their lag
-- can be measured and a read can wait for a position. Read models older than this migration were
-- as far as the relay: that is where their checkpoint starts.
insert into checkpoints (reader, transaction_id, position)
select 'projections', transaction_id, position from checkpoints where reader = 'outbox-relay'
on conflict (reader) do nothing;
