package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.TestServices;
import dev.albatross.adapter.pg.PgTestDatabase;
import dev.albatross.cluster.AlbatrossProcess;
import dev.albatross.cluster.RabbitMqVhost;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Two gateways and a worker, each the packaged jar in its own JVM, on a database, a RabbitMQ
 * virtual host and Redis of their own: the deployment of docker-compose.application.yml, and
 * what the multi-process and fault tests do with it.
 */
final class Cluster implements AutoCloseable {
  static final String ADMIN_EMAIL = "admin@cluster.test";
  static final String ADMIN_PASSWORD = "cluster-admin-password";
  static final String PASSWORD = "cluster-user-password";

  final Vertx vertx = Vertx.vertx();
  final PgTestDatabase db;
  final RabbitMqVhost vhost;
  final AlbatrossProcess gateway1;
  final AlbatrossProcess gateway2;
  final AlbatrossProcess worker;
  private final Map<Integer, WebClient> clients = new HashMap<>();
  private final Map<String, String> extraEnv;

  /** Starts all three at once on an empty database: migrations and the first admin race. */
  Cluster(String name) throws Exception {
    this(name, Map.of());
  }

  /** As {@link #Cluster(String)}, every process with the variables {@code extraEnv} besides. */
  Cluster(String name, Map<String, String> extraEnv) throws Exception {
    this.extraEnv = Map.copyOf(extraEnv);
    db = PgTestDatabase.createEmpty(vertx);
    vhost = new RabbitMqVhost();
    gateway1 = AlbatrossProcess.launch(name + "-gateway-1", env("gateway"));
    gateway2 = AlbatrossProcess.launch(name + "-gateway-2", env("gateway"));
    worker = AlbatrossProcess.launch(name + "-worker", env("worker"));
    gateway1.awaitHealthy();
    gateway2.awaitHealthy();
    worker.awaitHealthy();
  }

  Map<String, String> env(String role) {
    Map<String, String> env = new HashMap<>();
    env.put("ALBATROSS_ROLES", role);
    env.put("ALBATROSS_PG_URL", db.url());
    env.put("ALBATROSS_RABBITMQ_URL", vhost.url());
    env.put("ALBATROSS_REDIS_URL", TestServices.redisUrl());
    env.put("ALBATROSS_JWT_SECRET", "a-cluster-test-secret-of-32-characters");
    env.put("ALBATROSS_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("ALBATROSS_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.putAll(extraEnv);
    return env;
  }

  @Override
  public void close() throws Exception {
    for (AlbatrossProcess p : new AlbatrossProcess[] {gateway1, gateway2, worker}) {
      p.close();
    }
    db.close();
    vhost.close();
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  Caller signIn(AlbatrossProcess gateway, String email, String password) {
    JsonObject session = anonymous(gateway)
        .post("/api/auth/login", new JsonObject().put("email", email).put("password", password)).expect(200);
    return new Caller(web(gateway), MultiMap.caseInsensitiveMultiMap()
        .add("Authorization", "Bearer " + session.getString("token")), session.getJsonObject("user"));
  }

  Caller admin(AlbatrossProcess gateway) {
    return signIn(gateway, ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  Caller anonymous(AlbatrossProcess gateway) {
    return new Caller(web(gateway), MultiMap.caseInsensitiveMultiMap(), null);
  }

  /** The same caller's credentials, sent to another gateway. */
  Caller on(AlbatrossProcess gateway, Caller caller) {
    return new Caller(web(gateway), caller.credentials(), caller.user());
  }

  WebClient web(AlbatrossProcess gateway) {
    return clients.computeIfAbsent(gateway.port(), port -> WebClient.create(vertx,
        new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port).setConnectTimeout(2000)
            .setIdleTimeout(10).setIdleTimeoutUnit(TimeUnit.SECONDS)));
  }

  /** A new user of {@code role} with {@link #PASSWORD}, registered by the admin. */
  static JsonObject user(String role, String tenantId) {
    return new JsonObject().put("email", role.toLowerCase() + "-" + UUID.randomUUID() + "@cluster.test")
        .put("displayName", "Cluster " + role.toLowerCase()).put("role", role).put("tenantId", tenantId)
        .put("password", PASSWORD);
  }

  /** An airline with a pilot and an airline admin, signed in on gateway 1. */
  record Airline(JsonObject tenant, Caller pilot, Caller chief) {}

  Airline airline(String icao) {
    Caller admin = admin(gateway1);
    JsonObject tenant = admin.post("/api/tenants", new JsonObject().put("name", "Airline " + icao).put("icao", icao))
        .expect(201);
    JsonObject pilot = admin.post("/api/users", user("PILOT", tenant.getString("id"))).expect(201);
    JsonObject chief = admin.post("/api/users", user("TENANT_ADMIN", tenant.getString("id"))).expect(201);
    return new Airline(tenant, signIn(gateway1, pilot.getString("email"), PASSWORD),
        signIn(gateway1, chief.getString("email"), PASSWORD));
  }

  /**
   * Files a PIREP as a careful client does: a failed request is sent again with the same
   * Idempotency-Key, to the next gateway, until one acknowledges it.
   */
  static String fileWithRetries(List<Caller> gateways, String idempotencyKey, Duration patience) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", idempotencyKey);
    long deadline = System.nanoTime() + patience.toNanos();
    for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
      Caller caller = gateways.get(attempt % gateways.size());
      try {
        Reply reply = Caller.await(caller.send(HttpMethod.POST, "/api/pireps",
            MultiMap.caseInsensitiveMultiMap().addAll(headers).add("Content-Type", "application/json"),
            Albatross.pirepInput().toBuffer()), Duration.ofSeconds(5));
        if (reply.status() == 201 || reply.status() == 200) {
          return reply.json().getString("id");
        }
      } catch (AssertionError unanswered) {
        // no answer: send it again with the same key
      }
      pause(200);
    }
    throw new AssertionError("PIREP " + idempotencyKey + " was never acknowledged");
  }

  /** Every read-model row as text, in id order; last_used_at is a hint outside the events, left out. */
  Map<String, List<String>> readModels() {
    Map<String, List<String>> tables = new HashMap<>();
    tables.put("tenants", text("select * from tenants order by id"));
    tables.put("users", text("select * from users order by id"));
    tables.put("api_keys", text("select id, user_id, role, tenant_id, name, prefix, key_hash, created_at, revoked_at "
        + "from api_keys order by id"));
    tables.put("pireps", text("select * from pireps order by id"));
    tables.put("flights", text("select * from flights order by id"));
    return tables;
  }

  /** Once the relay has published everything and projections caught up, the tables stop changing. */
  void awaitProjectionsSettled() {
    Map<String, List<String>> before = readModels();
    for (int i = 0; i < 100; i++) {
      pause(300);
      Map<String, List<String>> now = readModels();
      if (now.equals(before) && relayCaughtUp()) {
        return;
      }
      before = now;
    }
    throw new AssertionError("the read models did not settle");
  }

  private boolean relayCaughtUp() {
    List<Row> rows = rows("select (select coalesce(max(position), 0) from events) as last, "
        + "(select coalesce(max(position), 0) from checkpoints) as relayed");
    return rows.get(0).getLong("last").equals(rows.get(0).getLong("relayed"));
  }

  /** Stops the worker, rebuilds the read models from the event store, compares, and starts the worker again. */
  void assertLiveEqualsRebuild(String name) throws Exception {
    awaitProjectionsSettled();
    worker.close();
    Map<String, List<String>> live = readModels();
    assertThat(AlbatrossProcess.runCommand(name + "-rebuild", env("worker"), "rebuild-projections")).isZero();
    assertThat(readModels()).isEqualTo(live);
    worker.restart();
  }

  List<String> text(String sql) {
    List<String> rows = new ArrayList<>();
    for (Row row : rows(sql)) {
      rows.add(row.toJson().encode());
    }
    return rows;
  }

  List<Row> rows(String sql) {
    List<Row> rows = new ArrayList<>();
    Caller.await(db.pool().query(sql).execute()).forEach(rows::add);
    return rows;
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
