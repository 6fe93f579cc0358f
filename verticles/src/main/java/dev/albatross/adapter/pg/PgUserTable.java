package dev.albatross.adapter.pg;

import static dev.albatross.adapter.pg.PgValues.enumValue;
import static dev.albatross.adapter.pg.PgValues.instant;
import static dev.albatross.adapter.pg.PgValues.name;
import static dev.albatross.adapter.pg.PgValues.time;

import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.user.UserStatus;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.Filters.UserFilter;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.UserSessions;
import dev.albatross.domain.readmodel.UserView;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

final class PgUserTable extends PgVersionedTable<UserView> {
  PgUserTable() {
    super("users", columns("id", UUID.class, "email", String.class, "display_name", String.class, "role", String.class,
        "tenant_id", UUID.class, "must_change_password", Boolean.class, "created_at", OffsetDateTime.class,
        "version", Long.class, "status", String.class, "suspended_reason", String.class,
        "session_generation", Integer.class, "kept_session", UUID.class, "ended_sessions", String.class),
        PgUserTable::view);
  }

  @Override
  long version(UserView row) {
    return row.version();
  }

  @Override
  Tuple values(UserView u) {
    return Tuple.from(Arrays.asList(u.id(), u.email(), u.displayName(), name(u.role()),
        u.tenantId(), u.mustChangePassword(), time(u.createdAt()), u.version(), name(u.status()), u.suspendedReason(),
        u.sessions().generation(), u.sessions().kept(), u.sessions().endedText()));
  }

  Future<Page<UserView>> page(SqlClient client, UserFilter filter, PageRequest page) {
    return new PgPageQuery(select(), "created_at")
        .whereIfPresent("tenant_id", filter.tenantId(), id -> id)
        .whereIfPresent("role", filter.role(), Role::name)
        .page(client, page, this::map, u -> new Cursor(u.createdAt(), u.id()));
  }

  private static UserView view(Row row) {
    return new UserView(row.getUUID("id"), row.getString("email"), row.getString("display_name"),
        enumValue(row, "role", Role::valueOf), row.getUUID("tenant_id"), row.getBoolean("must_change_password"),
        instant(row, "created_at"), row.getLong("version"), enumValue(row, "status", UserStatus::valueOf),
        row.getString("suspended_reason"), new UserSessions(row.getInteger("session_generation"),
            row.getUUID("kept_session"), UserSessions.parseEnded(row.getString("ended_sessions"))));
  }
}
