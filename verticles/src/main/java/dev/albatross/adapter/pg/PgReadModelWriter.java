package dev.albatross.adapter.pg;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.model.user.UserEvent.ApiKeyGenerated;
import dev.albatross.domain.model.user.UserEvent.ApiKeyRevoked;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.ApiKeyView;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.PirepView;
import dev.albatross.domain.readmodel.Projections;
import dev.albatross.domain.readmodel.ReadModelWriter;
import dev.albatross.domain.readmodel.TenantView;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Applies events to the read models in PostgreSQL tables ({@link PgReadModelQueries} reads
 * them). Applying an event is one transaction that locks the stream's row, checks that the event
 * is the next version, and writes the row the domain's {@link Projections} compute; anything else
 * (a redelivery, a gap) changes nothing.
 */
public final class PgReadModelWriter implements ReadModelWriter {

  private final Pool pool;
  private final PgTenantTable tenants = new PgTenantTable();
  private final PgUserTable users = new PgUserTable();
  private final PgApiKeyTable apiKeys = new PgApiKeyTable();
  private final PgPirepTable pireps = new PgPirepTable();
  private final PgPilotStatsTable careers = new PgPilotStatsTable();

  public PgReadModelWriter(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Long> streamVersion(UUID streamId, String streamType) {
    switch (streamType) {
      case StreamTypes.TENANT:
        return tenants.find(pool, streamId).map(row -> row.map(TenantView::version).orElse(0L));
      case StreamTypes.USER:
        return users.find(pool, streamId).map(row -> row.map(UserView::version).orElse(0L));
      case StreamTypes.PIREP:
        return pireps.find(pool, streamId).map(row -> row.map(PirepView::version).orElse(0L));
      default:
        return Future.succeededFuture(0L);
    }
  }

  /**
   * One transaction for the whole batch: user events one by one (their API keys follow them),
   * tenant and PIREP events folded in memory onto their rows and written in one statement per
   * table. The changes are answered in the order of {@code events}.
   */
  @Override
  public Future<List<Applied>> applyNext(List<RecordedEvent> events) {
    List<RecordedEvent> projected = events.stream().filter(e -> Projections.projects(e.streamType())).toList();
    if (projected.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    Map<UUID, Applied> applied = new HashMap<>();
    return pool.withTransaction(conn -> applyUsers(conn, ofType(projected, StreamTypes.USER), applied)
        .compose(v -> fold(conn, tenants, ofType(projected, StreamTypes.TENANT), Projections::tenant, applied, false))
        .compose(v -> fold(conn, pireps, ofType(projected, StreamTypes.PIREP), Projections::pirep, applied, false))
        .map(v -> inOrder(projected, applied))
        .compose(changes -> careers.write(conn, changes).map(changes)));
  }

  /** The changes in the order of {@code events}, each once (an event may come twice in a batch). */
  private static List<Applied> inOrder(List<RecordedEvent> events, Map<UUID, Applied> applied) {
    return events.stream().map(e -> applied.remove(e.eventId())).filter(Objects::nonNull).toList();
  }

  private Future<Void> applyUsers(SqlConnection conn, List<RecordedEvent> events, Map<UUID, Applied> applied) {
    Future<Void> chain = Future.succeededFuture();
    for (RecordedEvent e : events) {
      chain = chain.compose(v -> advance(conn, users, e, Projections::user)).compose(user -> {
        if (user.isEmpty()) {
          return Future.succeededFuture();
        }
        return applyToApiKeys(conn, user.get(), e)
            .map(key -> applied.put(e.eventId(), new Applied(e, key.isPresent() ? key.get() : user.get())))
            .mapEmpty();
      });
    }
    return chain;
  }

  private static List<RecordedEvent> ofType(List<RecordedEvent> events, String streamType) {
    return events.stream().filter(e -> streamType.equals(e.streamType())).toList();
  }

  /**
   * Applies each event that is its row's next version, in order, and writes the changed rows;
   * what applied goes into {@code applied}. The rows of streams that continue here are read once,
   * under lock, and written over. A stream whose first event here is its first ever is folded
   * from nothing and inserted where no row exists yet; where one does (a redelivery, or another
   * applier), its events are folded again onto that row, read under lock.
   */
  private static <V> Future<Void> fold(SqlConnection conn, PgVersionedTable<V> table, List<RecordedEvent> events,
      BiFunction<V, RecordedEvent, V> project, Map<UUID, Applied> applied, boolean lockEvery) {
    if (events.isEmpty()) {
      return Future.succeededFuture();
    }
    return lockRows(conn, table, events, lockEvery).compose(stored -> {
      Map<UUID, List<Applied>> changes = foldOnto(table, stored, events, project);
      return write(conn, table, stored, changes).compose(inserted -> {
        Set<UUID> taken = new HashSet<>();
        changes.forEach((id, streamChanges) -> {
          if (stored.containsKey(id) || inserted.contains(id)) {
            streamChanges.forEach(a -> applied.put(a.event().eventId(), a));
          } else {
            taken.add(id);
          }
        });
        return taken.isEmpty() || lockEvery
            ? Future.succeededFuture()
            : fold(conn, table, events.stream().filter(e -> taken.contains(e.streamId())).toList(), project, applied,
                true);
      });
    });
  }

  /** The rows to fold onto, read under lock: every stream's, or those whose first event here is not their first. */
  private static <V> Future<Map<UUID, V>> lockRows(SqlConnection conn, PgVersionedTable<V> table,
      List<RecordedEvent> events, boolean lockEvery) {
    Map<UUID, Long> firstVersions = new LinkedHashMap<>();
    events.forEach(e -> firstVersions.putIfAbsent(e.streamId(), e.version()));
    List<UUID> ids = firstVersions.entrySet().stream().filter(f -> lockEvery || f.getValue() > 1)
        .map(Map.Entry::getKey).toList();
    return ids.isEmpty() ? Future.succeededFuture(Map.of()) : table.lockAll(conn, ids);
  }

  /** Each stream's changes, event by event, folded onto its stored row (or onto nothing): next versions only. */
  private static <V> Map<UUID, List<Applied>> foldOnto(PgVersionedTable<V> table, Map<UUID, V> stored,
      List<RecordedEvent> events, BiFunction<V, RecordedEvent, V> project) {
    Map<UUID, List<Applied>> changes = new LinkedHashMap<>();
    for (RecordedEvent e : events) {
      List<Applied> earlier = changes.get(e.streamId());
      V current = earlier == null ? stored.get(e.streamId()) : last(earlier);
      long version = current == null ? 0 : table.version(current);
      if (e.version() == version + 1) {
        changes.computeIfAbsent(e.streamId(), id -> new ArrayList<>()).add(new Applied(e, project.apply(current, e)));
      }
    }
    return changes;
  }

  /** Writes each stream's last row, over its stored row or as a new one; answers the ids of the new rows inserted. */
  private static <V> Future<Set<UUID>> write(SqlConnection conn, PgVersionedTable<V> table, Map<UUID, V> stored,
      Map<UUID, List<Applied>> changes) {
    List<V> updated = new ArrayList<>();
    List<V> created = new ArrayList<>();
    changes.forEach((id, streamChanges) -> (stored.containsKey(id) ? updated : created).add(last(streamChanges)));
    return table.upsertAll(conn, updated).compose(v -> table.insertAll(conn, created));
  }

  /** The row the last of a stream's changes made (rows of one table are of one type). */
  @SuppressWarnings("unchecked")
  private static <V> V last(List<Applied> streamChanges) {
    return (V) streamChanges.get(streamChanges.size() - 1).row();
  }

  /** The stream's row after {@code e}, if {@code e} is the row's next version; empty (and no change) otherwise. */
  private static <V> Future<Optional<V>> advance(
      SqlConnection conn, PgVersionedTable<V> table, RecordedEvent e, BiFunction<V, RecordedEvent, V> project) {
    return table.lock(conn, e.streamId()).compose(current -> {
      long version = current.map(table::version).orElse(0L);
      if (e.version() != version + 1) {
        return Future.succeededFuture(Optional.empty());
      }
      V next = project.apply(current.orElse(null), e);
      return table.upsert(conn, next).map(applied -> applied ? Optional.of(next) : Optional.<V>empty());
    });
  }

  /** The key's row after an API-key event of {@code owner}'s stream; none for other events. */
  private Future<Optional<ApiKeyView>> applyToApiKeys(SqlConnection conn, UserView owner, RecordedEvent e) {
    if (e.event() instanceof ApiKeyGenerated) {
      ApiKeyView key = Projections.apiKey(null, owner, e);
      return apiKeys.insert(conn, key).map(Optional.of(key));
    }
    if (e.event() instanceof ApiKeyRevoked revoked) {
      return apiKeys.byId(conn, revoked.keyId()).map(found -> found.map(k -> Projections.apiKey(k, owner, e)))
          .compose(key -> key.isEmpty() ? Future.succeededFuture(key) : apiKeys.revoke(conn, key.get()).map(key));
    }
    return Future.succeededFuture(Optional.empty());
  }

  @Override
  public Future<Void> reset() {
    return pool.query("truncate tenants, users, api_keys, pireps, " + PgPilotStatsTable.TABLES).execute().mapEmpty();
  }
}
