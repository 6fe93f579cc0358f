package dev.albatross.adapter.pg;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A read-model table whose rows carry the version of the stream they reflect. The upsert only
 * replaces a row at the version just below the new one, so a stale or repeated write changes
 * nothing and says so; batches of rows folded under lock replace only older rows.
 */
abstract class PgVersionedTable<V> {
  private static final Map<Class<?>, String> ARRAY_TYPES = Map.of(UUID.class, "uuid[]", String.class, "text[]",
      Integer.class, "int4[]", Long.class, "int8[]", Boolean.class, "bool[]", OffsetDateTime.class, "timestamptz[]",
      Double.class, "float8[]");

  private final String select;
  private final Function<Row, V> mapper;
  private final List<Class<?>> types;
  private final String upsertNext;
  private final String upsertNewer;
  private final String insertNew;

  /**
   * {@code columns}: each column's name and the Java type of its value in {@link #values}, in
   * that order; {@code id} is the key and {@code version} the stream version.
   */
  PgVersionedTable(String table, Map<String, Class<?>> columns, Function<Row, V> mapper) {
    List<String> names = List.copyOf(columns.keySet());
    this.types = List.copyOf(columns.values());
    this.mapper = mapper;
    this.select = "select " + String.join(", ", names) + " from " + table;
    String into = "insert into " + table + " (" + String.join(", ", names) + ") ";
    String update = " on conflict (id) do update set " + names.stream().filter(n -> !n.equals("id"))
        .map(n -> n + " = excluded." + n).collect(Collectors.joining(", ")) + " where " + table + ".version ";
    String params = IntStream.rangeClosed(1, names.size()).mapToObj(i -> "$" + i).collect(Collectors.joining(", "));
    String arrays = IntStream.range(0, names.size()).mapToObj(i -> "$" + (i + 1) + "::" + ARRAY_TYPES.get(types.get(i)))
        .collect(Collectors.joining(", "));
    this.upsertNext = into + "values (" + params + ")" + update + "= excluded.version - 1";
    this.upsertNewer = into + "select * from unnest(" + arrays + ")" + update + "< excluded.version";
    this.insertNew = into + "select * from unnest(" + arrays + ") on conflict (id) do nothing returning id";
  }

  /** Columns in order, with the Java type each one's value has. */
  static Map<String, Class<?>> columns(Object... namesAndTypes) {
    Map<String, Class<?>> columns = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTypes.length; i += 2) {
      columns.put((String) namesAndTypes[i], (Class<?>) namesAndTypes[i + 1]);
    }
    return columns;
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
   * a stored row only if it is newer, so a row is never moved back. One statement over arrays.
   */
  Future<Void> upsertAll(SqlClient client, List<V> rows) {
    if (rows.isEmpty()) {
      return Future.succeededFuture();
    }
    return client.preparedQuery(upsertNewer).execute(arrays(rows)).mapEmpty();
  }

  /** Inserts the rows whose id has no row yet, in one statement over arrays; answers the ids it inserted. */
  Future<Set<UUID>> insertAll(SqlClient client, List<V> rows) {
    if (rows.isEmpty()) {
      return Future.succeededFuture(Set.of());
    }
    return client.preparedQuery(insertNew).execute(arrays(rows)).map(inserted -> {
      Set<UUID> ids = new HashSet<>();
      inserted.forEach(row -> ids.add(row.getUUID("id")));
      return ids;
    });
  }

  /** The rows' values as one array per column, the parameters of a statement over {@code unnest}. */
  private Tuple arrays(List<V> rows) {
    return PgValues.columns(rows.stream().map(this::values).toList(), types);
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
