package dev.albatross.adapter.pg;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A read-model table whose rows carry the version of the stream they reflect. The upsert only
 * replaces a row at the version just below the new one, so a stale or repeated write changes
 * nothing and says so.
 */
abstract class PgVersionedTable<V> {
  private final String select;
  private final Function<Row, V> mapper;

  PgVersionedTable(String select, Function<Row, V> mapper) {
    this.select = select;
    this.mapper = mapper;
  }

  abstract long version(V row);

  abstract Future<Boolean> upsert(SqlClient client, V row);

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

  /** Runs an upsert whose conflict clause ends in {@code where <table>.version = excluded.version - 1}. */
  static Future<Boolean> guarded(SqlClient client, String upsert, Tuple row) {
    return client.preparedQuery(upsert).execute(row).map(result -> result.rowCount() == 1);
  }
}
