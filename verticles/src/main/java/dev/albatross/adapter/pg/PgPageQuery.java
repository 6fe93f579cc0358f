package dev.albatross.adapter.pg;

import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A list query paged by keyset, newest first by {@code (timeColumn, id)}: equality filters, then
 * only rows after the cursor. One row more than the page is fetched to tell whether another follows.
 */
final class PgPageQuery {
  private final String select;
  private final String timeColumn;
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  PgPageQuery(String select, String timeColumn) {
    this.select = select;
    this.timeColumn = timeColumn;
  }

  PgPageQuery where(String column, Object value) {
    params.add(value);
    conditions.add(column + " = $" + params.size());
    return this;
  }

  <T> PgPageQuery whereIfPresent(String column, Optional<T> value, Function<T, Object> toSql) {
    return value.isPresent() ? where(column, toSql.apply(value.get())) : this;
  }

  <T> Future<Page<T>> page(SqlClient client, PageRequest page, Function<Row, T> mapper, Function<T, Cursor> cursorOf) {
    page.after().ifPresent(after -> {
      params.add(PgValues.time(after.at()));
      params.add(after.id());
      conditions.add("(" + timeColumn + ", id) < ($" + (params.size() - 1) + ", $" + params.size() + ")");
    });
    params.add((long) page.limit() + 1);
    String sql = select
        + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
        + " order by " + timeColumn + " desc, id desc limit $" + params.size();
    return client.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
      List<T> items = new ArrayList<>(rows.size());
      rows.forEach(row -> items.add(mapper.apply(row)));
      return Page.ofLookahead(items, page.limit(), cursorOf);
    });
  }
}
