package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PgMigrationsTest {

  @Test
  @DisplayName("processes migrating the same database at once all succeed and apply each script once")
  void concurrentStarts() {
    Vertx vertx = Vertx.vertx();
    try (PgTestDatabase db = PgTestDatabase.createEmpty(vertx)) {
      await(Future.all(List.of(
          PgMigrations.migrate(vertx, db.url()),
          PgMigrations.migrate(vertx, db.url()),
          PgMigrations.migrate(vertx, db.url()))));
      await(PgMigrations.migrate(vertx, db.url()));

      List<String> applied = new ArrayList<>();
      for (Row row : await(db.pool().query(
          "select version from flyway_schema_history where success order by installed_rank").execute())) {
        applied.add(row.getString("version"));
      }
      assertThat(applied).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
      assertThat(await(db.pool().query("select count(*) as tables from information_schema.tables "
          + "where table_schema = 'public' and table_name in "
          + "('events', 'tenants', 'users', 'api_keys', 'pireps', 'checkpoints', 'positions', 'flights')").execute())
          .iterator().next().getLong("tables")).isEqualTo(8L);
    } finally {
      await(vertx.close());
    }
  }
}
