package dev.albatross.adapter.pg;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL advisory lock that makes one process the active outbox relay. The lock lives as
 * long as the session holding it, so it is taken on a connection of its own: closing that
 * connection, or losing it with its process, releases the lock for a standby to take.
 */
public final class PgRelayLock {
  /** The lock key of the outbox relay, derived from its name so it collides with nothing by chance. */
  public static final long RELAY_KEY = UUID.nameUUIDFromBytes(
      "albatross.outbox-relay".getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();

  private static final Logger LOG = LoggerFactory.getLogger(PgRelayLock.class);

  private final Vertx vertx;
  private final PgConnectOptions options;
  private final long key;
  private PgConnection connection;
  private Handler<Void> lostHandler = v -> {};

  public PgRelayLock(Vertx vertx, PgConnectOptions options, long key) {
    this.vertx = vertx;
    this.options = options;
    this.key = key;
  }

  public static PgRelayLock forRelay(Vertx vertx, PgConnectOptions options) {
    return new PgRelayLock(vertx, options, RELAY_KEY);
  }

  /** Called if a held lock is lost because its connection closed; try to acquire it again later. */
  public synchronized PgRelayLock lostHandler(Handler<Void> handler) {
    this.lostHandler = handler;
    return this;
  }

  public synchronized boolean held() {
    return connection != null;
  }

  /** Tries once, without waiting: true if this process holds the lock now. */
  public synchronized Future<Boolean> tryAcquire() {
    if (connection != null) {
      return Future.succeededFuture(true);
    }
    return PgConnection.connect(vertx, options).compose(conn -> conn
        .preparedQuery("select pg_try_advisory_lock($1) as acquired")
        .execute(Tuple.of(key))
        .map(rows -> rows.iterator().next().getBoolean("acquired"))
        .compose(acquired -> acquired ? keep(conn) : conn.close().map(false))
        .recover(failure -> conn.close().transform(closed -> Future.failedFuture(failure))));
  }

  private synchronized Future<Boolean> keep(PgConnection conn) {
    connection = conn;
    conn.closeHandler(v -> lost(conn));
    return Future.succeededFuture(true);
  }

  private void lost(PgConnection conn) {
    Handler<Void> handler;
    synchronized (this) {
      if (connection != conn) {
        return;
      }
      connection = null;
      handler = lostHandler;
    }
    LOG.warn("Lost the relay lock: its connection closed");
    handler.handle(null);
  }

  /** Releases the lock (if held) by closing its session. */
  public Future<Void> release() {
    PgConnection held;
    synchronized (this) {
      held = connection;
      connection = null;
    }
    return held == null ? Future.succeededFuture() : held.close();
  }
}
