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
  private final boolean ownsVertx;
  private final String name;
  private final String url;
  private final PgConnectOptions options;
  private final Pool pool;
  private PgEventStore store;

  private PgTestDatabase(Vertx vertx, boolean ownsVertx, String name) {
    this.vertx = vertx;
    this.ownsVertx = ownsVertx;
    this.name = name;
    this.url = TestServices.pgUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
    this.options = PgConfig.connectOptions(url);
    this.pool = PgConfig.pool(vertx, options, 12);
  }

  /** A fresh database, empty. */
  public static PgTestDatabase createEmpty(Vertx vertx) {
    return createEmpty(vertx, false);
  }

  /** A fresh database, empty, on a Vert.x instance of its own that {@link #close} closes. */
  public static PgTestDatabase createEmpty() {
    return createEmpty(Vertx.vertx(), true);
  }

  /** A fresh database with the schema of the migrations, on a Vert.x instance of its own that {@link #close} closes. */
  static PgTestDatabase migrated() {
    PgTestDatabase db = createEmpty();
    await(PgMigrations.migrate(db.vertx, db.url));
    return db;
  }

  private static PgTestDatabase createEmpty(Vertx vertx, boolean ownsVertx) {
    String name = TestServices.uniqueName("albatross_test");
    await(onServer(vertx, conn -> conn.query("create database " + name).execute().mapEmpty()));
    return new PgTestDatabase(vertx, ownsVertx, name);
  }

  /** The event store on this database, made on first use and closed with it. */
  PgEventStore eventStore() {
    if (store == null) {
      store = PgEventStore.create(vertx, pool, options);
    }
    return store;
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
    if (store != null) {
      await(store.close());
    }
    await(pool.close());
    await(onServer(vertx, conn -> conn.query("drop database if exists " + name + " with (force)").execute().mapEmpty()));
    if (ownsVertx) {
      await(vertx.close());
    }
  }

  private static Future<Void> onServer(Vertx vertx, Function<PgConnection, Future<Void>> work) {
    return PgConnection.connect(vertx, PgConfig.connectOptions(TestServices.pgUrl()))
        .compose(conn -> work.apply(conn).eventually(conn::close));
  }
}
