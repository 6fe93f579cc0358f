package dev.albatross.adapter.pg;

import dev.albatross.adapter.codec.EventCodec;
import dev.albatross.domain.port.Backlog;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The event store's reads: a stream, the feed in commit-safe order, where the feed stands and what waits in it. */
final class PgEventReader {
  private static final String COLUMNS = "position, transaction_id::text::bigint as transaction_id, event_id, "
      + "stream_id, stream_type, version, tenant_id, actor_id, occurred_at, correlation_id, causation_id, payload";
  private static final String FEED_POSITION_AT = "select coalesce((select max(position) from events), 0) as last, "
      + "at.transaction_id::text::bigint as transaction_id, at.position from (select 1) one left join lateral ("
      + "select transaction_id, position from events where position <= $1 order by position desc limit 1) at on true";
  private static final String BACKLOG = "select count(*) as events, min(recorded_at) as oldest from ("
      + "select recorded_at from events where (transaction_id, position) > ($1::bigint::text::xid8, $2) "
      + "order by transaction_id, position limit $3) behind";
  /*
   * Positions are drawn before commit, so a later position can become visible before an earlier
   * one. Rows of transactions older than the oldest one still running (the snapshot's xmin) can
   * no longer change, so reading only those, in (transaction, position) order, never skips one.
   * The table's columns are named in full: the select list's bigint alias would otherwise be
   * what ORDER BY sorts on, and no index has it (a full scan and sort per read).
   */
  private static final String READ_AFTER = "select " + COLUMNS + " from events "
      + "where (events.transaction_id, events.position) > ($1::bigint::text::xid8, $2) "
      + "and events.transaction_id < pg_snapshot_xmin(pg_current_snapshot()) "
      + "order by events.transaction_id, events.position limit $3";

  private final Pool pool;

  PgEventReader(Pool pool) {
    this.pool = pool;
  }

  Future<List<RecordedEvent>> load(UUID streamId) {
    return pool.preparedQuery("select " + COLUMNS + " from events where stream_id = $1 order by version")
        .execute(Tuple.of(streamId))
        .map(PgEventReader::recorded);
  }

  Future<List<RecordedEvent>> readAfter(FeedPosition after, int limit) {
    return pool.preparedQuery(READ_AFTER)
        .execute(Tuple.of(after.transactionId(), after.position(), (long) limit))
        .map(PgEventReader::recorded);
  }

  Future<Optional<FeedPosition>> feedPositionAt(long position) {
    return pool.preparedQuery(FEED_POSITION_AT).execute(Tuple.of(position)).map(rows -> {
      Row row = rows.iterator().next();
      if (row.getLong("last") < position) {
        return Optional.empty();
      }
      Long transaction = row.getLong("transaction_id");
      return Optional.of(transaction == null ? FeedPosition.START : new FeedPosition(transaction, row.getLong("position")));
    });
  }

  /** Counted in feed order, so the oldest is the first row; a huge backlog is counted up to a bound. */
  Future<Backlog> backlog(FeedPosition after) {
    return pool.preparedQuery(BACKLOG)
        .execute(Tuple.of(after.transactionId(), after.position(), Backlog.COUNTED_UP_TO))
        .map(rows -> {
          Row row = rows.iterator().next();
          long events = row.getLong("events");
          return events == 0 ? Backlog.NONE : new Backlog(events,
              Optional.of(row.getOffsetDateTime("oldest").toInstant()));
        });
  }

  /** Rows of {@link #COLUMNS}, read by index: the feed is read thousands of rows at a time. */
  private static List<RecordedEvent> recorded(RowSet<Row> rows) {
    List<RecordedEvent> events = new ArrayList<>(rows.size());
    for (Row row : rows) {
      events.add(new RecordedEvent(
          new FeedPosition(row.getLong(1), row.getLong(0)),
          row.getUUID(2),
          row.getUUID(3),
          row.getString(4),
          row.getLong(5),
          row.getUUID(6),
          new EventMetadata(row.getUUID(7), row.getOffsetDateTime(8).toInstant(), row.getUUID(9), row.getUUID(10)),
          EventCodec.decodePayload(row.getBuffer(11).getBytes())));
    }
    return events;
  }
}
