package dev.albatross.adapter.pg;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A read-model table whose rows carry the version of the stream they reflect. The upsert only
 * replaces a row at the version just below the new one, so a stale or repeated write changes
 * nothing and says so; batches of rows folded under lock replace only older rows.
 */
abstract class PgVersionedTable<V> {
  private final String select;
  private final Function<Row, V> mapper;
  private final String upsertNext;
  private final String upsertNewer;

  /** {@code upsert} is the table's {@code insert ... on conflict (id) do update set ...}, without a where clause. */
  PgVersionedTable(String table, String select, String upsert, Function<Row, V> mapper) {
    this.select = select;
    this.mapper = mapper;
    this.upsertNext = upsert + " where " + table + ".version = excluded.version - 1";
    this.upsertNewer = upsert + " where " + table + ".version < excluded.version";
  }

  abstract long version(V row);

  /** The row's values in the order of the upsert's parameters. */
  abstract Tuple values(V row);

  /** Writes the row if it is the next version of the stored one (or there is none); says whether it did. */
  Future<Boolean> upsert(SqlClient client, V row) {
    return client.preparedQuery(upsertNext).execute(values(row)).map(result -> result.rowCount() == 1);
  }

  /**
   * Writes rows the caller folded from rows it holds locked (see {@link #lockAll}): each replaces
   * a stored row only if it is newer, so a row is never moved back. One batched statement.
   */
  Future<Void> upsertAll(SqlClient client, List<V> rows) {
    if (rows.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Tuple> batch = new ArrayList<>(rows.size());
    rows.forEach(row -> batch.add(values(row)));
    return client.preparedQuery(upsertNewer).executeBatch(batch).mapEmpty();
  }

  /** The stored rows of {@code ids}, locked until the transaction ends, by id. */
  Future<Map<UUID, V>> lockAll(SqlClient client, List<UUID> ids) {
    return client.preparedQuery(select + " where id = any($1) order by id for update")
        .execute(Tuple.of(ids.toArray(UUID[]::new)))
        .map(rows -> {
          Map<UUID, V> byId = new HashMap<>();
          for (Row row : rows) {
            V view = mapper.apply(row);
            byId.put(row.getUUID("id"), view);
          }
          return byId;
        });
  }

  Future<Optional<V>> find(SqlClient client, UUID id) {
    return client.preparedQuery(select + " where id = $1").execute(Tuple.of(id)).map(this::first);
  }

  /** The row, locked until the transaction ends, so concurrent appliers of one stream take turns. */
  Future<Optional<V>> lock(SqlClient client, UUID id) {
    return client.preparedQuery(select + " where id = $1 for update").execute(Tuple.of(id)).map(this::first);
  }

  V map(Row row) {
    return mapper.apply(row);
  }

  String select() {
    return select;
  }

  private Optional<V> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(mapper.apply(rows.iterator().next()));
  }
}
