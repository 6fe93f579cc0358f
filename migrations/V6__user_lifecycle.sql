-- Users can be suspended, and their sessions end: by a password change or a suspension (a new
-- generation, keeping the session that changed the password) or one by one (signed out).
alter table users
  add column status              text    not null default 'ACTIVE',
  add column suspended_reason    text,
  add column session_generation  int     not null default 0,
  add column kept_session        uuid,
  add column ended_sessions      text    not null default '';
