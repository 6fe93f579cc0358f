package dev.albatross.adapter.pg;

import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.error.DuplicateEvent;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Appends that lost a race, told as the domain's refusals: a stream not at its expected version
 * is a {@link ConcurrencyConflict}, an event id already stored a {@link DuplicateEvent}.
 */
final class PgAppendRaces {
  private static final String EVENT_ID_CONSTRAINT = "events_event_id_key";
  private static final String UNIQUE_VIOLATION = "23505";

  private PgAppendRaces() {}

  static Future<Void> requireExpectedVersions(SqlClient client, List<StreamWrite> writes) {
    return firstMovedStream(client, writes).compose(moved -> moved == null
        ? Future.succeededFuture()
        : Future.failedFuture(new ConcurrencyConflict(moved)));
  }

  /** The first stream of {@code writes} that is not at its expected version, or null. */
  private static Future<UUID> firstMovedStream(SqlClient client, List<StreamWrite> writes) {
    UUID[] streamIds = writes.stream().map(StreamWrite::streamId).distinct().toArray(UUID[]::new);
    return client.preparedQuery("select stream_id, max(version) as version from events "
            + "where stream_id = any($1) group by stream_id")
        .execute(Tuple.of(streamIds))
        .map(rows -> {
          Map<UUID, Long> versions = StreamSupport.stream(rows.spliterator(), false)
              .collect(Collectors.toMap(r -> r.getUUID("stream_id"), r -> r.getLong("version")));
          return writes.stream()
              .filter(w -> versions.getOrDefault(w.streamId(), 0L) != w.expectedVersion())
              .map(StreamWrite::streamId)
              .findFirst()
              .orElse(null);
        });
  }

  /** Maps a lost race to the domain's refusal; a unique violation means another transaction committed first. */
  static Future<List<RecordedEvent>> refusal(Pool pool, Throwable failure, List<StreamWrite> writes) {
    if (!(failure instanceof PgException pg) || !UNIQUE_VIOLATION.equals(pg.getSqlState())) {
      return Future.failedFuture(failure);
    }
    if (EVENT_ID_CONSTRAINT.equals(pg.getConstraint())) {
      return firstStoredEventId(pool, writes).compose(id -> Future.failedFuture(new DuplicateEvent(id)));
    }
    return firstMovedStream(pool, writes).compose(moved -> Future.failedFuture(
        new ConcurrencyConflict(moved != null ? moved : writes.get(0).streamId())));
  }

  private static Future<UUID> firstStoredEventId(Pool pool, List<StreamWrite> writes) {
    UUID[] ids = writes.stream().flatMap(w -> w.events().stream()).map(PendingEvent::eventId).toArray(UUID[]::new);
    return pool.preparedQuery("select event_id from events where event_id = any($1) order by position limit 1")
        .execute(Tuple.of(ids))
        .map(rows -> rows.size() == 0 ? ids[0] : rows.iterator().next().getUUID("event_id"));
  }
}
