package dev.albatross.adapter.pg;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells {@link PgAppendListener}s in every process that appends committed: a NOTIFY of its own,
 * sent after the appending transaction commits (a NOTIFY inside it would hold PostgreSQL's
 * global notification lock through its commit, one append's WAL flush after the other). At
 * most one NOTIFY per process is in flight, and the next follows it by at least the spacing
 * given ({@link #SPACING} in the event store): appends announced meanwhile share it, so every
 * commit is followed by a notification. Under load a NOTIFY after every round trip would cost
 * PostgreSQL and the gateway a transaction per few appends, and wake the relay more often than a
 * relay cycle takes (docs/benchmarks.md has the figures). A lost one is caught up by the relay's
 * poll.
 */
final class PgAppendAnnouncer {
  private static final Logger LOG = LoggerFactory.getLogger(PgAppendAnnouncer.class);
  private static final String NOTIFY = "select pg_notify('" + PgAppendListener.CHANNEL + "', '')";
  static final Duration SPACING = Duration.ofMillis(2);

  private final Vertx vertx;
  private final Pool pool;
  private final long spacingNanos;
  private boolean sending;
  private boolean again;
  private volatile long lastSentNanos;

  PgAppendAnnouncer(Vertx vertx, Pool pool, Duration spacing) {
    this.vertx = vertx;
    this.pool = pool;
    this.spacingNanos = spacing.toNanos();
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
    lastSentNanos = System.nanoTime();
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
        sendAfterSpacing();
      }
    });
  }

  private void sendAfterSpacing() {
    long waitNanos = lastSentNanos + spacingNanos - System.nanoTime();
    if (waitNanos <= 0) {
      send();
    } else {
      vertx.setTimer((waitNanos + 999_999) / 1_000_000, id -> send());
    }
  }
}
