package dev.albatross.adapter.pg;

import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Appends of one event each, gathered into shared statements: one statement runs at a time, and
 * the appends made meanwhile wait for the next one, which takes all of them (up to
 * {@link #MAX_ROWS}). A statement is one transaction: its commit, and its WAL flush, serve every
 * append in it. An append made while none runs is sent at once, alone.
 *
 * <p>A statement inserts the rows whose stream is at the version just before them and skips the
 * others (a stream behind, a version or an event id already taken); each append learns whether
 * its row went in. Two appends to one stream in one statement cannot both go in: the second
 * one's previous version is not visible to the statement, so it is skipped, and its caller
 * tries it again alone.
 */
final class PgAppendBatcher {
  private static final int MAX_ROWS = 256;

  private static final String INSERT = PgEventStore.INTO
      + "select r.* from unnest($1::uuid[], $2::uuid[], $3::text[], $4::int8[], $5::uuid[], $6::text[], $7::bytea[], "
      + "$8::uuid[], $9::timestamptz[], $10::uuid[], $11::uuid[]) as r(event_id, stream_id, stream_type, version, "
      + "tenant_id, event_type, payload, actor_id, occurred_at, correlation_id, causation_id) "
      + "where r.version = 1 or exists (select 1 from events e where e.stream_id = r.stream_id "
      + "and e.version = r.version - 1) "
      + "on conflict do nothing "
      + "returning event_id, stream_id, version, position, transaction_id::text::bigint as transaction_id";

  private final Pool pool;
  private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
  private boolean sending;

  PgAppendBatcher(Pool pool) {
    this.pool = pool;
  }

  /**
   * Inserts {@code event} (its version the one after its stream's expected version) if its
   * stream is at that version: answers the event at its feed position, or empty if it was not
   * inserted. Answers on the caller's context.
   */
  Future<Optional<RecordedEvent>> append(RecordedEvent event) {
    // encoded here, on the caller's thread: nothing is left to fail once the statement is built
    Waiting w = new Waiting(event, PgEventStore.row(event), Vertx.currentContext(), Promise.promise());
    List<Waiting> statement;
    synchronized (this) {
      waiting.add(w);
      if (sending) {
        return w.answer.future();
      }
      sending = true;
      statement = next();
    }
    send(statement);
    return w.answer.future();
  }

  /** Call holding the lock: the appends of the next statement, taken from those waiting. */
  private List<Waiting> next() {
    List<Waiting> statement = new ArrayList<>(Math.min(waiting.size(), MAX_ROWS));
    while (!waiting.isEmpty() && statement.size() < MAX_ROWS) {
      statement.add(waiting.poll());
    }
    return statement;
  }

  private void send(List<Waiting> statement) {
    Tuple columns = PgValues.columns(statement.stream().map(Waiting::row).toList(), PgEventStore.ROW_TYPES);
    pool.preparedQuery(INSERT).execute(columns).onComplete(result -> {
      List<Waiting> following;
      synchronized (this) {
        following = waiting.isEmpty() ? null : next();
        sending = following != null;
      }
      if (following != null) {
        send(following);
      }
      answer(statement, result);
    });
  }

  private static void answer(List<Waiting> statement, AsyncResult<RowSet<Row>> result) {
    if (result.failed()) {
      statement.forEach(w -> w.tell(Future.failedFuture(result.cause())));
      return;
    }
    Map<Key, FeedPosition> inserted = new HashMap<>();
    for (Row row : result.result()) {
      inserted.put(new Key(row.getUUID(0), row.getUUID(1), row.getLong(2)),
          new FeedPosition(row.getLong(4), row.getLong(3)));
    }
    for (Waiting w : statement) {
      RecordedEvent e = w.event;
      // claimed once: of two appends of the same event at the same version, one went in
      FeedPosition position = inserted.remove(new Key(e.eventId(), e.streamId(), e.version()));
      w.tell(Future.succeededFuture(Optional.ofNullable(position).map(e::at)));
    }
  }

  /** What tells a statement's rows apart: an event id may be in a statement twice, on different streams. */
  private record Key(UUID eventId, UUID streamId, long version) {}

  /** An append waiting for its statement, and the context it was asked on. */
  private record Waiting(RecordedEvent event, Tuple row, Context context, Promise<Optional<RecordedEvent>> answer) {
    void tell(Future<Optional<RecordedEvent>> outcome) {
      if (context == null || context == Vertx.currentContext()) {
        answer.handle(outcome);
      } else {
        context.runOnContext(v -> answer.handle(outcome));
      }
    }
  }
}
