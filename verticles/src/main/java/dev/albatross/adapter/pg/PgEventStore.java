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
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The event store in the {@code events} table. An append is one transaction; the unique
 * constraints on {@code (stream_id, version)} and {@code event_id} are the final judges of races.
 * The feed is read in commit-safe order (see {@link PgEventReader}); committed appends are
 * announced by a NOTIFY ({@link PgAppendAnnouncer}), heard by {@link PgAppendListener}.
 */
public final class PgEventStore implements EventStore, AppendSignal {

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

  private final Pool pool;
  private final PgEventReader reader;
  private final PgAppendBatcher batcher;
  private final PgAppendAnnouncer announcer;
  private final PgAppendListener listener;

  PgEventStore(Pool pool, PgAppendBatcher batcher, PgAppendAnnouncer announcer, PgAppendListener listener) {
    this.pool = pool;
    this.reader = new PgEventReader(pool);
    this.batcher = batcher;
    this.announcer = announcer;
    this.listener = listener;
  }

  /**
   * The store on {@code pool}, its appends shared by statements, announced by a NOTIFY at most
   * every {@link PgAppendAnnouncer#SPACING}, heard on a connection of its own made from
   * {@code connectOptions}.
   */
  public static PgEventStore create(Vertx vertx, Pool pool, PgConnectOptions connectOptions) {
    return new PgEventStore(pool, new PgAppendBatcher(pool), new PgAppendAnnouncer(vertx, pool, PgAppendAnnouncer.SPACING),
        new PgAppendListener(vertx, connectOptions));
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
    return appended.onSuccess(recorded -> announcer.announce()).recover(failure -> PgAppendRaces.refusal(pool, failure, writes));
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
   * violation (see {@link PgAppendRaces#refusal}) or as a conflict (the stream is behind).
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
    return PgAppendRaces.requireExpectedVersions(conn, writes).compose(ok -> insert(conn, writes, stored(metadata)));
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


  @Override
  public Future<List<RecordedEvent>> load(UUID streamId) {
    return reader.load(streamId);
  }

  @Override
  public Future<List<RecordedEvent>> readAfter(FeedPosition after, int limit) {
    return reader.readAfter(after, limit);
  }

  @Override
  public Future<Optional<FeedPosition>> feedPositionAt(long position) {
    return reader.feedPositionAt(position);
  }

  @Override
  public Future<Backlog> backlog(FeedPosition after) {
    return reader.backlog(after);
  }

  @Override
  public Future<Void> onAppend(Runnable wake) {
    return listener.add(wake);
  }

  /** Stops listening for appends; the pool belongs to the caller. */
  public Future<Void> close() {
    return listener.close();
  }


  private static FeedPosition feedPosition(Row row) {
    return new FeedPosition(row.getLong("transaction_id"), row.getLong("position"));
  }
}
