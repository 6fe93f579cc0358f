package dev.albatross.adapter.pg;

import dev.albatross.adapter.codec.EventCodec;
import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.error.DuplicateEvent;
import dev.albatross.domain.port.AppendSignal;
import dev.albatross.domain.port.Backlog;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The event store in the {@code events} table. An append is one transaction; the unique
 * constraints on {@code (stream_id, version)} and {@code event_id} are the final judges of races.
 * The feed is read in commit-safe order (see {@link #readAfter}); committed appends are
 * announced by a NOTIFY ({@link PgAppendAnnouncer}), heard by {@link PgAppendListener}.
 */
public final class PgEventStore implements EventStore, AppendSignal {

  private static final String EVENT_ID_CONSTRAINT = "events_event_id_key";
  private static final String UNIQUE_VIOLATION = "23505";
  private static final String COLUMNS = "position, transaction_id::text::bigint as transaction_id, event_id, "
      + "stream_id, stream_type, version, tenant_id, actor_id, occurred_at, correlation_id, causation_id, payload";
  static final String INTO = "insert into events (event_id, stream_id, stream_type, version, tenant_id, "
      + "event_type, payload, actor_id, occurred_at, correlation_id, causation_id) ";
  private static final String RETURNING = " returning position, transaction_id::text::bigint as transaction_id";
  private static final String INSERT = INTO + "values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)" + RETURNING;
  /*
   * One event on one stream: a statement of its own is its own transaction. Versions are dense,
   * so the stream is at the expected version ($4 - 1) exactly when that version is stored (or
   * is 0) and $4 is not, which the unique constraint judges: no row inserted means the stream
   * is behind the expected version, a unique violation that it moved on.
   */
  private static final String INSERT_NEXT = INTO + "select $1::uuid, $2::uuid, $3::text, $4::bigint, $5::uuid, "
      + "$6::text, $7::bytea, $8::uuid, $9::timestamptz, $10::uuid, $11::uuid "
      + "where $4::bigint = 1 or exists (select 1 from events where stream_id = $2::uuid and version = $4::bigint - 1)"
      + RETURNING;
  /*
   * Positions are drawn before commit, so a later position can become visible before an earlier
   * one. Rows of transactions older than the oldest one still running (the snapshot's xmin) can
   * no longer change, so reading only those, in (transaction, position) order, never skips one.
   */
  /*
   * The table's columns are named in full: the select list's bigint alias would otherwise be
   * what ORDER BY sorts on, and no index has it (a full scan and sort per read).
   */
  private static final String FEED_POSITION_AT = "select coalesce((select max(position) from events), 0) as last, "
      + "at.transaction_id::text::bigint as transaction_id, at.position from (select 1) one left join lateral ("
      + "select transaction_id, position from events where position <= $1 order by position desc limit 1) at on true";
  private static final String BACKLOG = "select count(*) as events, min(recorded_at) as oldest from ("
      + "select recorded_at from events where (transaction_id, position) > ($1::bigint::text::xid8, $2) "
      + "order by transaction_id, position limit $3) behind";
  private static final String READ_AFTER = "select " + COLUMNS + " from events "
      + "where (events.transaction_id, events.position) > ($1::bigint::text::xid8, $2) "
      + "and events.transaction_id < pg_snapshot_xmin(pg_current_snapshot()) "
      + "order by events.transaction_id, events.position limit $3";

  private final Pool pool;
  private final PgAppendListener listener;
  private final PgAppendAnnouncer announcer;
  private final PgAppendBatcher batcher;

  public PgEventStore(Vertx vertx, Pool pool, PgConnectOptions connectOptions) {
    this.pool = pool;
    this.batcher = new PgAppendBatcher(pool);
    this.listener = new PgAppendListener(vertx, connectOptions);
    this.announcer = new PgAppendAnnouncer(vertx, pool, PgAppendAnnouncer.SPACING);
  }

  /**
   * The usual append, one event on one stream, shares a statement with those made alongside it
   * (see {@link PgAppendBatcher}); several events are a transaction of their own.
   */
  @Override
  public Future<List<RecordedEvent>> append(List<StreamWrite> writes, EventMetadata metadata) {
    Future<List<RecordedEvent>> appended = writes.size() == 1 && writes.get(0).events().size() == 1
        ? appendNext(writes.get(0), stored(metadata))
        : pool.withTransaction(conn -> appendIn(conn, writes, metadata));
    return appended.onSuccess(recorded -> announcer.announce()).recover(failure -> refusal(failure, writes));
  }

  /** In a statement shared with the appends running alongside it; if skipped there, alone. */
  private Future<List<RecordedEvent>> appendNext(StreamWrite write, EventMetadata metadata) {
    PendingEvent e = write.events().get(0);
    RecordedEvent event = unplaced(write, e, write.expectedVersion() + 1, metadata);
    return batcher.append(event).compose(inserted -> inserted.isPresent()
        ? Future.succeededFuture(List.of(inserted.get()))
        : appendAlone(write, event));
  }

  /**
   * An append its shared statement skipped: it goes in now if its stream is at the version
   * before it (the previous version was in the same statement), and fails otherwise, with a unique
   * violation (see {@link #refusal}) or as a conflict (the stream is behind).
   */
  private Future<List<RecordedEvent>> appendAlone(StreamWrite write, RecordedEvent event) {
    return pool.preparedQuery(INSERT_NEXT).execute(row(event)).compose(result -> result.rowCount() == 1
        ? Future.succeededFuture(placed(List.of(event), result))
        : Future.failedFuture(new ConcurrencyConflict(write.streamId())));
  }

  private static EventMetadata stored(EventMetadata metadata) {
    return new EventMetadata(metadata.actorId(), PgValues.micros(metadata.occurredAt()), metadata.correlationId(),
        metadata.causationId());
  }

  /**
   * Appends within the caller's transaction, unannounced (see {@link PgAppendAnnouncer});
   * constraint violations are left to the caller, as {@link PgException}s.
   */
  Future<List<RecordedEvent>> appendIn(SqlConnection conn, List<StreamWrite> writes, EventMetadata metadata) {
    List<PendingEvent> pending = writes.stream().flatMap(w -> w.events().stream()).toList();
    Set<UUID> seen = new HashSet<>();
    for (PendingEvent e : pending) {
      if (!seen.add(e.eventId())) {
        return Future.failedFuture(new DuplicateEvent(e.eventId()));
      }
    }
    return requireExpectedVersions(conn, writes).compose(ok -> insert(conn, writes, stored(metadata)));
  }

  private Future<Void> requireExpectedVersions(SqlClient client, List<StreamWrite> writes) {
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

  private static Future<List<RecordedEvent>> insert(SqlConnection conn, List<StreamWrite> writes, EventMetadata metadata) {
    List<Tuple> rows = new ArrayList<>();
    List<RecordedEvent> unplaced = new ArrayList<>();
    for (StreamWrite w : writes) {
      long version = w.expectedVersion();
      for (PendingEvent e : w.events()) {
        RecordedEvent event = unplaced(w, e, ++version, metadata);
        unplaced.add(event);
        rows.add(row(event));
      }
    }
    return conn.preparedQuery(INSERT).executeBatch(rows).map(result -> placed(unplaced, result));
  }

  private static RecordedEvent unplaced(StreamWrite w, PendingEvent e, long version, EventMetadata metadata) {
    return new RecordedEvent(FeedPosition.START, e.eventId(), w.streamId(), w.streamType(), version, w.tenantId(),
        metadata, e.event());
  }

  /** The Java types of {@link #row}'s values, column by column. */
  static final List<Class<?>> ROW_TYPES = List.of(UUID.class, UUID.class, String.class, Long.class, UUID.class,
      String.class, Buffer.class, UUID.class, OffsetDateTime.class, UUID.class, UUID.class);

  /** The insert's parameters for {@code e}, in the order of its columns ({@link #INTO}). */
  static Tuple row(RecordedEvent e) {
    EventMetadata m = e.metadata();
    return Tuple.from(Arrays.asList(e.eventId(), e.streamId(), e.streamType(), e.version(), e.tenantId(),
        e.eventType(), Buffer.buffer(EventCodec.encodePayload(e.event())), m.actorId(), PgValues.time(m.occurredAt()),
        m.correlationId(), m.causationId()));
  }

  /** The events with the feed positions the batch insert returned, one result per row. */
  private static List<RecordedEvent> placed(List<RecordedEvent> unplaced, RowSet<Row> result) {
    List<RecordedEvent> recorded = new ArrayList<>();
    RowSet<Row> rows = result;
    for (RecordedEvent e : unplaced) {
      Row row = rows.iterator().next();
      recorded.add(e.at(feedPosition(row)));
      rows = rows.next();
    }
    return recorded;
  }

  /** Maps a lost race to the domain's refusal; a unique violation means another transaction committed first. */
  private Future<List<RecordedEvent>> refusal(Throwable failure, List<StreamWrite> writes) {
    if (!(failure instanceof PgException pg) || !UNIQUE_VIOLATION.equals(pg.getSqlState())) {
      return Future.failedFuture(failure);
    }
    if (EVENT_ID_CONSTRAINT.equals(pg.getConstraint())) {
      return firstStoredEventId(writes).compose(id -> Future.failedFuture(new DuplicateEvent(id)));
    }
    return firstMovedStream(pool, writes).compose(moved -> Future.failedFuture(
        new ConcurrencyConflict(moved != null ? moved : writes.get(0).streamId())));
  }

  private Future<UUID> firstStoredEventId(List<StreamWrite> writes) {
    UUID[] ids = writes.stream().flatMap(w -> w.events().stream()).map(PendingEvent::eventId).toArray(UUID[]::new);
    return pool.preparedQuery("select event_id from events where event_id = any($1) order by position limit 1")
        .execute(Tuple.of(ids))
        .map(rows -> rows.size() == 0 ? ids[0] : rows.iterator().next().getUUID("event_id"));
  }

  @Override
  public Future<List<RecordedEvent>> load(UUID streamId) {
    return pool.preparedQuery("select " + COLUMNS + " from events where stream_id = $1 order by version")
        .execute(Tuple.of(streamId))
        .map(PgEventStore::recorded);
  }

  @Override
  public Future<List<RecordedEvent>> readAfter(FeedPosition after, int limit) {
    return pool.preparedQuery(READ_AFTER)
        .execute(Tuple.of(after.transactionId(), after.position(), (long) limit))
        .map(PgEventStore::recorded);
  }

  @Override
  public Future<Optional<FeedPosition>> feedPositionAt(long position) {
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
  @Override
  public Future<Backlog> backlog(FeedPosition after) {
    return pool.preparedQuery(BACKLOG)
        .execute(Tuple.of(after.transactionId(), after.position(), Backlog.COUNTED_UP_TO))
        .map(rows -> {
          Row row = rows.iterator().next();
          long events = row.getLong("events");
          return events == 0 ? Backlog.NONE : new Backlog(events,
              Optional.of(row.getOffsetDateTime("oldest").toInstant()));
        });
  }

  @Override
  public Future<Void> onAppend(Runnable wake) {
    return listener.add(wake);
  }

  /** Stops listening for appends; the pool belongs to the caller. */
  public Future<Void> close() {
    return listener.close();
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

  private static FeedPosition feedPosition(Row row) {
    return new FeedPosition(row.getLong("transaction_id"), row.getLong("position"));
  }
}
