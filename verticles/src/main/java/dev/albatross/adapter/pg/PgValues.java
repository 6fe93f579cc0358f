package dev.albatross.adapter.pg;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.lang.reflect.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/** Conversions between SQL values and ours; PostgreSQL keeps time in whole microseconds. */
final class PgValues {
  private PgValues() {}

  static OffsetDateTime time(Instant at) {
    return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  static Instant instant(Row row, String column) {
    OffsetDateTime at = row.getOffsetDateTime(column);
    return at == null ? null : at.toInstant();
  }

  /** The instant as PostgreSQL will store it. */
  static Instant micros(Instant at) {
    return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
  }

  static <E extends Enum<E>> E enumValue(Row row, String column, Function<String, E> valueOf) {
    String name = row.getString(column);
    return name == null ? null : valueOf.apply(name);
  }

  static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  /**
   * Rows' values as one array per column, each typed as {@code types} says: the parameters of a
   * statement over {@code unnest}, which inserts all the rows at once.
   */
  static Tuple columns(List<Tuple> rows, List<Class<?>> types) {
    Object[][] columns = new Object[types.size()][];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = (Object[]) Array.newInstance(types.get(c), rows.size());
    }
    for (int r = 0; r < rows.size(); r++) {
      Tuple row = rows.get(r);
      for (int c = 0; c < columns.length; c++) {
        columns[c][r] = row.getValue(c);
      }
    }
    return Tuple.wrap(columns);
  }
}
