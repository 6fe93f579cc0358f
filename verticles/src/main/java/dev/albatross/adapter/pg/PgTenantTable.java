package dev.albatross.adapter.pg;

import static dev.albatross.adapter.pg.PgValues.instant;
import static dev.albatross.adapter.pg.PgValues.time;

import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.Filters.TenantFilter;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.TenantView;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.UUID;

final class PgTenantTable extends PgVersionedTable<TenantView> {
  PgTenantTable() {
    super("tenants", columns("id", UUID.class, "name", String.class, "icao", String.class,
        "created_at", OffsetDateTime.class, "version", Long.class), PgTenantTable::view);
  }

  @Override
  long version(TenantView row) {
    return row.version();
  }

  @Override
  Tuple values(TenantView t) {
    return Tuple.of(t.id(), t.name(), t.icao(), time(t.createdAt()), t.version());
  }

  Future<Page<TenantView>> page(SqlClient client, TenantFilter filter, PageRequest page) {
    return new PgPageQuery(select(), "created_at")
        .whereIfPresent("id", filter.tenantId(), id -> id)
        .page(client, page, this::map, t -> new Cursor(t.createdAt(), t.id()));
  }

  private static TenantView view(Row row) {
    return new TenantView(row.getUUID("id"), row.getString("name"), row.getString("icao"),
        instant(row, "created_at"), row.getLong("version"));
  }
}
