-- Appends are announced by the appender after its transaction commits (PgEventStore), no longer
-- by a trigger inside it: a NOTIFY holds PostgreSQL's global notification lock from its
-- transaction's pre-commit until the commit is flushed, so a trigger made every append wait
-- for the previous one's WAL flush (one flush per append instead of shared group commits).
drop trigger events_appended on events;
drop function events_appended();
