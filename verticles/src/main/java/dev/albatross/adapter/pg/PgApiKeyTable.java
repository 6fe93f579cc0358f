package dev.albatross.adapter.pg;

import static dev.albatross.adapter.pg.PgValues.enumValue;
import static dev.albatross.adapter.pg.PgValues.instant;
import static dev.albatross.adapter.pg.PgValues.name;
import static dev.albatross.adapter.pg.PgValues.time;

import dev.albatross.domain.model.Role;
import dev.albatross.domain.readmodel.ApiKeyView;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

/** API keys change only with their user's stream, whose version the users table guards. */
final class PgApiKeyTable {
  private static final String SELECT = "select id, user_id, role, tenant_id, name, prefix, key_hash, created_at, "
      + "last_used_at, revoked_at from api_keys";

  Future<Optional<ApiKeyView>> byId(SqlClient client, UUID id) {
    return client.preparedQuery(SELECT + " where id = $1").execute(Tuple.of(id)).map(PgApiKeyTable::first);
  }

  Future<Optional<ApiKeyView>> byHash(SqlClient client, String keyHash) {
    return client.preparedQuery(SELECT + " where key_hash = $1").execute(Tuple.of(keyHash)).map(PgApiKeyTable::first);
  }

  Future<Void> insert(SqlClient client, ApiKeyView k) {
    return client.preparedQuery("insert into api_keys (id, user_id, role, tenant_id, name, prefix, key_hash, "
            + "created_at, last_used_at, revoked_at) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) "
            + "on conflict (id) do nothing")
        .execute(Tuple.from(Arrays.asList(k.id(), k.userId(), name(k.role()), k.tenantId(), k.name(), k.prefix(),
            k.keyHash(), time(k.createdAt()), time(k.lastUsedAt()), time(k.revokedAt()))))
        .mapEmpty();
  }

  Future<Void> revoke(SqlClient client, ApiKeyView k) {
    return client.preparedQuery("update api_keys set revoked_at = $2 where id = $1")
        .execute(Tuple.of(k.id(), time(k.revokedAt())))
        .mapEmpty();
  }

  Future<Void> touch(SqlClient client, UUID keyId, Instant at) {
    return client.preparedQuery("update api_keys set last_used_at = $2 where id = $1")
        .execute(Tuple.of(keyId, time(at)))
        .mapEmpty();
  }

  Future<Page<ApiKeyView>> ofUser(SqlClient client, UUID userId, PageRequest page) {
    return new PgPageQuery(SELECT, "created_at")
        .where("user_id", userId)
        .page(client, page, PgApiKeyTable::view, k -> new Cursor(k.createdAt(), k.id()));
  }

  private static Optional<ApiKeyView> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next()));
  }

  private static ApiKeyView view(Row row) {
    return new ApiKeyView(row.getUUID("id"), row.getUUID("user_id"), enumValue(row, "role", Role::valueOf),
        row.getUUID("tenant_id"), row.getString("name"), row.getString("prefix"), row.getString("key_hash"),
        instant(row, "created_at"), instant(row, "last_used_at"), instant(row, "revoked_at"));
  }
}
