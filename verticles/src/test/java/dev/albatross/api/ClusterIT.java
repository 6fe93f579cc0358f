package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.TestServices;
import dev.albatross.adapter.pg.PgTestDatabase;
import dev.albatross.cluster.AlbatrossProcess;
import dev.albatross.cluster.LocalRedis;
import dev.albatross.cluster.RabbitMqVhost;
import dev.albatross.live.LiveClient;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.sqlclient.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two gateways and a worker, each the packaged jar in its own JVM, on one PostgreSQL database,
 * a RabbitMQ virtual host and Redis: the deployment of docker-compose.application.yml.
 */
@DisplayName("Two gateways and a worker as separate processes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ClusterIT {
  private static final String ADMIN_EMAIL = "admin@cluster.test";
  private static final String ADMIN_PASSWORD = "cluster-admin-password";
  private static final String PASSWORD = "cluster-user-password";

  private Vertx vertx;
  private PgTestDatabase db;
  private RabbitMqVhost vhost;
  private AlbatrossProcess gateway1;
  private AlbatrossProcess gateway2;
  private AlbatrossProcess worker;
  private Caller admin1;
  private Caller admin2;
  private JsonObject tenant;
  private Caller pilot1;
  private Caller pilot2;
  private Caller tenantAdmin1;

  @BeforeAll
  void startCluster() throws Exception {
    vertx = Vertx.vertx();
    db = PgTestDatabase.createEmpty(vertx);
    vhost = new RabbitMqVhost();
    // both gateways start at once on the empty database: migrations and the first admin race
    gateway1 = AlbatrossProcess.launch("cluster-gateway-1", env("gateway"));
    gateway2 = AlbatrossProcess.launch("cluster-gateway-2", env("gateway"));
    worker = AlbatrossProcess.launch("cluster-worker", env("worker"));
    gateway1.awaitHealthy();
    gateway2.awaitHealthy();
    worker.awaitHealthy();
    admin1 = signIn(gateway1, ADMIN_EMAIL, ADMIN_PASSWORD);
    admin2 = signIn(gateway2, ADMIN_EMAIL, ADMIN_PASSWORD);
  }

  @AfterAll
  void stopCluster() throws Exception {
    for (AlbatrossProcess p : new AlbatrossProcess[] {gateway1, gateway2, worker}) {
      if (p != null) {
        p.close();
      }
    }
    if (db != null) {
      db.close();
    }
    if (vhost != null) {
      vhost.close();
    }
    vertx.close().await(10, TimeUnit.SECONDS);
  }

  private Map<String, String> env(String role) {
    Map<String, String> env = new HashMap<>();
    env.put("ALBATROSS_ROLES", role);
    env.put("ALBATROSS_PG_URL", db.url());
    env.put("ALBATROSS_RABBITMQ_URL", vhost.url());
    env.put("ALBATROSS_REDIS_URL", TestServices.redisUrl());
    env.put("ALBATROSS_JWT_SECRET", "a-cluster-test-secret-of-32-characters");
    env.put("ALBATROSS_ADMIN_EMAIL", ADMIN_EMAIL);
    env.put("ALBATROSS_ADMIN_PASSWORD", ADMIN_PASSWORD);
    return env;
  }

  @Test
  @Order(1)
  @DisplayName("gateways starting together on an empty database migrate once and create exactly one platform admin")
  void oneAdminOneMigration() {
    List<JsonObject> admins = admin2.getAll("/api/users?role=PLATFORM_ADMIN");
    assertThat(admins).extracting(a -> a.getString("email")).containsExactly(ADMIN_EMAIL);
    List<Row> migrations = rows("select version from flyway_schema_history where success and version is not null");
    assertThat(migrations).extracting(r -> r.getString("version")).doesNotHaveDuplicates().isNotEmpty();
    assertThat(rows("select 1 from events where stream_type = 'User'")).hasSize(1);
  }

  @Test
  @Order(2)
  @DisplayName("the whole API works through either gateway")
  void eitherGateway() {
    String icao = "CL" + (char) ('A' + (int) (Math.random() * 26));
    tenant = admin1.post("/api/tenants", new JsonObject().put("name", "Cluster Air").put("icao", icao)).expect(201);
    String tenantId = tenant.getString("id");
    JsonObject pilot = admin2.post("/api/users", user("PILOT", tenantId)).expect(201);
    JsonObject chief = admin1.post("/api/users", user("TENANT_ADMIN", tenantId)).expect(201);
    pilot1 = signIn(gateway1, pilot.getString("email"), PASSWORD);
    pilot2 = signIn(gateway2, pilot.getString("email"), PASSWORD);
    tenantAdmin1 = signIn(gateway1, chief.getString("email"), PASSWORD);

    JsonObject pirep = pilot2.filePirep();
    pilot1.getUntil(Albatross.pirepPath(pirep), r -> r.status() == 200).expect(200);
    JsonObject accepted = tenantAdmin1.accept(pirep).expect(200);
    assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
    pilot2.getUntil(Albatross.pirepPath(pirep), r -> r.status() == 200 && r.body().contains("\"ACCEPTED\""));
    assertThat(pilot2.get(Albatross.pirepPath(pirep) + "/history").items()).hasSize(2);
    assertThat(admin2.getUntil("/api/tenants/" + tenantId, r -> r.status() == 200).expect(200).getString("icao"))
        .isEqualTo(icao);
  }

  @Test
  @Order(3)
  @DisplayName("a key revoked through one gateway is refused by the other within one second")
  void revokedEverywhere() {
    JsonObject key = pilot1.createApiKey("ACARS");
    Caller keyOnGateway2 = new Caller(web(gateway2),
        MultiMap.caseInsensitiveMultiMap().add("X-API-Key", key.getString("key")), pilot1.user());
    keyOnGateway2.getUntil("/api/me", r -> r.status() == 200).expect(200);
    keyOnGateway2.get("/api/me").expect(200);

    pilot1.delete("/api/api-keys/" + key.getString("id")).expect(204);
    long revokedAt = System.nanoTime();
    keyOnGateway2.getUntil("/api/me", r -> r.status() == 401, java.time.Duration.ofSeconds(1)).expectProblem(401);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - revokedAt)).isLessThan(1000);
  }

  @Test
  @Order(4)
  @DisplayName("a PIREP filed through gateway 1 reaches a live client of gateway 2 within one second")
  void liveAcrossGateways() throws Exception {
    LiveClient client = LiveClient.connect(vertx, gateway2.port());
    client.register("tenant." + tenant.getString("id") + ".pireps", bearer(pilot2));
    client.awaitQuiet();
    long filedAt = System.nanoTime();
    JsonObject pirep = pilot1.filePirep();
    JsonObject frame = client.awaitFrame("rec");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - filedAt);
    assertThat(frame.getJsonObject("body").getJsonObject("pirep").getString("id")).isEqualTo(pirep.getString("id"));
    assertThat(millis).isLessThan(1000);
    client.close();
  }

  @Test
  @Order(5)
  @DisplayName("after Redis restarts, gateway 2 reports it, then delivers live frames again without a restart")
  void redisRestart() throws Exception {
    LocalRedis.restart(() -> assertThat(gateway2.healthStatus()).isEqualTo(503));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (gateway2.healthStatus() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(gateway2.healthStatus()).isEqualTo(200);
    JsonObject delivered = null;
    while (delivered == null && System.nanoTime() < deadline) {
      LiveClient client = LiveClient.connect(vertx, gateway2.port());
      client.register("tenant." + tenant.getString("id") + ".pireps", bearer(pilot2));
      client.awaitQuiet();
      JsonObject pirep = pilot1.filePirep();
      delivered = client.frames("rec").isEmpty() ? awaitQuietly(client) : client.frames("rec").get(0);
      if (delivered != null) {
        assertThat(delivered.getJsonObject("body").getJsonObject("pirep").getString("id")).isEqualTo(pirep.getString("id"));
      }
      client.close();
    }
    assertThat(delivered).as("a live frame after the Redis restart").isNotNull();
  }

  @Test
  @Order(6)
  @DisplayName("a worker killed with kill -9 while PIREPs are filed loses none of them once restarted")
  void workerKilled() throws Exception {
    int total = 60;
    Set<String> acknowledged = new HashSet<>();
    for (int i = 0; i < total; i++) {
      if (i == total / 3) {
        worker.kill();
      }
      acknowledged.add(fileWithRetries(pilot1, "kill-" + UUID.randomUUID()));
    }
    worker.restart();
    assertThat(acknowledged).hasSize(total);
    String mine = "/api/pireps?limit=200&pilotId=" + pilot1.id();
    pilot2.getUntil(mine, r -> r.status() == 200 && r.ids().containsAll(acknowledged), java.time.Duration.ofSeconds(30));
    List<String> listed = pilot2.getAll(mine).stream().map(p -> p.getString("id")).toList();
    assertThat(listed).doesNotHaveDuplicates().containsAll(acknowledged);
  }

  @Test
  @Order(7)
  @DisplayName("the live read models equal a rebuild from the event store")
  void liveEqualsRebuild() throws Exception {
    admin1.getUntil("/api/pireps?limit=1&status=SUBMITTED", r -> r.status() == 200);
    awaitProjectionsSettled();
    worker.close();
    Map<String, List<String>> live = readModels();
    Map<String, String> env = env("worker");
    assertThat(AlbatrossProcess.runCommand("cluster-rebuild", env, "rebuild-projections")).isZero();
    assertThat(readModels()).isEqualTo(live);
    assertThat(live.get("pireps")).hasSizeGreaterThan(60);
  }

  /** Once the relay has published every event and projections caught up, the tables stop changing. */
  private void awaitProjectionsSettled() throws InterruptedException {
    Map<String, List<String>> before = readModels();
    for (int i = 0; i < 50; i++) {
      Thread.sleep(300);
      Map<String, List<String>> now = readModels();
      if (now.equals(before)) {
        return;
      }
      before = now;
    }
  }

  /** Every read-model row as text, in id order; last_used_at is a hint outside the events, left out. */
  private Map<String, List<String>> readModels() {
    Map<String, List<String>> tables = new HashMap<>();
    tables.put("tenants", text("select * from tenants order by id"));
    tables.put("users", text("select * from users order by id"));
    tables.put("api_keys", text("select id, user_id, role, tenant_id, name, prefix, key_hash, created_at, revoked_at "
        + "from api_keys order by id"));
    tables.put("pireps", text("select * from pireps order by id"));
    return tables;
  }

  private List<String> text(String sql) {
    List<String> rows = new ArrayList<>();
    for (Row row : rows(sql)) {
      rows.add(row.toJson().encode());
    }
    return rows;
  }

  private List<Row> rows(String sql) {
    List<Row> rows = new ArrayList<>();
    Caller.await(db.pool().query(sql).execute()).forEach(rows::add);
    return rows;
  }

  /** Files a PIREP, retrying a failed request with the same Idempotency-Key as a careful client does. */
  private static String fileWithRetries(Caller caller, String idempotencyKey) throws InterruptedException {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", idempotencyKey);
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        Reply reply = caller.post("/api/pireps", Albatross.pirepInput(), MultiMap.caseInsensitiveMultiMap().addAll(headers));
        if (reply.status() == 201 || reply.status() == 200) {
          return reply.json().getString("id");
        }
      } catch (AssertionError unanswered) {
        // the request did not complete: send it again with the same key
      }
      Thread.sleep(250);
    }
    throw new AssertionError("PIREP " + idempotencyKey + " was never acknowledged");
  }

  private static JsonObject awaitQuietly(LiveClient client) {
    try {
      return client.awaitFrame("rec");
    } catch (AssertionError | InterruptedException none) {
      return null;
    }
  }

  private JsonObject user(String role, String tenantId) {
    return new JsonObject().put("email", role.toLowerCase() + "-" + UUID.randomUUID() + "@cluster.test")
        .put("displayName", "Cluster " + role.toLowerCase()).put("role", role).put("tenantId", tenantId)
        .put("password", PASSWORD);
  }

  private static JsonObject bearer(Caller caller) {
    return new JsonObject().put("Authorization", caller.authorization());
  }

  private Caller signIn(AlbatrossProcess gateway, String email, String password) {
    WebClient web = web(gateway);
    JsonObject session = new Caller(web, MultiMap.caseInsensitiveMultiMap(), null)
        .post("/api/auth/login", new JsonObject().put("email", email).put("password", password)).expect(200);
    return new Caller(web, MultiMap.caseInsensitiveMultiMap().add("Authorization", "Bearer " + session.getString("token")),
        session.getJsonObject("user"));
  }

  private final Map<Integer, WebClient> clients = new HashMap<>();

  private WebClient web(AlbatrossProcess gateway) {
    return clients.computeIfAbsent(gateway.port(), port ->
        WebClient.create(vertx, new WebClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port)));
  }
}
