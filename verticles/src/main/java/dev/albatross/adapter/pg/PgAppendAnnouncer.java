package dev.albatross.adapter.pg;

import io.vertx.sqlclient.Pool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells {@link PgAppendListener}s in every process that appends committed: a NOTIFY of its own,
 * sent after the appending transaction commits (a NOTIFY inside it would hold PostgreSQL's
 * global notification lock through its commit, one append's WAL flush after the other). At
 * most one NOTIFY per process is in flight; appends announced meanwhile get one more after it,
 * so every commit is followed by a notification. A lost one is caught up by the relay's poll.
 */
final class PgAppendAnnouncer {
  private static final Logger LOG = LoggerFactory.getLogger(PgAppendAnnouncer.class);
  private static final String NOTIFY = "select pg_notify('" + PgAppendListener.CHANNEL + "', '')";

  private final Pool pool;
  private boolean sending;
  private boolean again;

  PgAppendAnnouncer(Pool pool) {
    this.pool = pool;
  }

  /** Call after an append committed. */
  void announce() {
    synchronized (this) {
      if (sending) {
        again = true;
        return;
      }
      sending = true;
    }
    send();
  }

  private void send() {
    pool.query(NOTIFY).execute().onComplete(done -> {
      if (done.failed()) {
        LOG.debug("Append notification failed: {}", done.cause().toString());
      }
      boolean more;
      synchronized (this) {
        more = again;
        again = false;
        sending = more;
      }
      if (more) {
        send();
      }
    });
  }
}
