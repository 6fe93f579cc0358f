package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;

import dev.albatross.adapter.TestServices;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Pool;
import java.util.function.Function;

/** A database of its own for one test class, made from ALBATROSS_TEST_PG_URL, migrated, and dropped by {@link #close}. */
public final class PgTestDatabase implements AutoCloseable {
  private final Vertx vertx;
  private final String name;
  private final String url;
  private final PgConnectOptions options;
  private final Pool pool;

  private PgTestDatabase(Vertx vertx, String name) {
    this.vertx = vertx;
    this.name = name;
    this.url = TestServices.pgUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
    this.options = PgConfig.connectOptions(url);
    this.pool = PgConfig.pool(vertx, options, 12);
  }

  /** A fresh database, empty. */
  public static PgTestDatabase createEmpty(Vertx vertx) {
    String name = TestServices.uniqueName("albatross_test");
    await(onServer(vertx, conn -> conn.query("create database " + name).execute().mapEmpty()));
    return new PgTestDatabase(vertx, name);
  }

  /** A fresh database with the schema of the migrations. */
  public static PgTestDatabase create(Vertx vertx) {
    PgTestDatabase db = createEmpty(vertx);
    await(PgMigrations.migrate(vertx, db.url));
    return db;
  }

  public String url() {
    return url;
  }

  PgConnectOptions options() {
    return options;
  }

  public Pool pool() {
    return pool;
  }

  void truncate(String tables) {
    await(pool.query("truncate " + tables).execute());
  }

  @Override
  public void close() {
    await(pool.close());
    await(onServer(vertx, conn -> conn.query("drop database if exists " + name + " with (force)").execute().mapEmpty()));
  }

  private static Future<Void> onServer(Vertx vertx, Function<PgConnection, Future<Void>> work) {
    return PgConnection.connect(vertx, PgConfig.connectOptions(TestServices.pgUrl()))
        .compose(conn -> work.apply(conn).eventually(conn::close));
  }
}
