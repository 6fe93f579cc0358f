package dev.albatross.adapter.pg;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date with the Flyway scripts packaged under {@code migrations/}.
 * Flyway is blocking JDBC, so it runs on a worker thread; several processes starting at once are
 * safe because Flyway holds a PostgreSQL lock while it migrates.
 */
public final class PgMigrations {
  private static final Logger LOG = LoggerFactory.getLogger(PgMigrations.class);

  private PgMigrations() {}

  public static Future<Void> migrate(Vertx vertx, String pgUrl) {
    PgConnectOptions options = PgConfig.connectOptions(pgUrl);
    return vertx.<MigrateResult>executeBlocking(() -> flyway(options).migrate(), false)
        .onSuccess(result -> LOG.info("Schema of {} at version {} ({} migration(s) applied)",
            PgConfig.redacted(pgUrl), result.targetSchemaVersion, result.migrationsExecuted))
        .mapEmpty();
  }

  private static Flyway flyway(PgConnectOptions options) {
    return Flyway.configure(PgMigrations.class.getClassLoader())
        .dataSource(PgConfig.jdbcUrl(options), options.getUser(), options.getPassword())
        .locations("classpath:migrations")
        .load();
  }
}
