package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.api.Cluster.Airline;
import dev.albatross.cluster.LocalRedis;
import dev.albatross.http.ReadConsistency;
import dev.albatross.live.LiveClient;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
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

/** The deployment of docker-compose.application.yml: two gateways and a worker as separate processes. */
@DisplayName("Two gateways and a worker as separate processes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ClusterIT {
  private Cluster cluster;
  private Airline airline;
  private Caller pilotOn2;

  @BeforeAll
  void startCluster() throws Exception {
    cluster = new Cluster("cluster");
  }

  @AfterAll
  void stopCluster() throws Exception {
    cluster.close();
  }

  @Test
  @Order(1)
  @DisplayName("gateways starting together on an empty database migrate once and create exactly one platform admin")
  void oneAdminOneMigration() {
    List<JsonObject> admins = cluster.admin(cluster.gateway2).getAll("/api/users?role=PLATFORM_ADMIN");
    assertThat(admins).extracting(a -> a.getString("email")).containsExactly(Cluster.ADMIN_EMAIL);
    List<Row> migrations = cluster.rows("select version from flyway_schema_history where success and version is not null");
    assertThat(migrations).extracting(r -> r.getString("version")).doesNotHaveDuplicates().isNotEmpty();
    assertThat(cluster.rows("select 1 from events where stream_type = 'User'")).hasSize(1);
  }

  @Test
  @Order(2)
  @DisplayName("the whole API works through either gateway")
  void eitherGateway() {
    airline = cluster.airline("CL" + (char) ('A' + (int) (Math.random() * 26)));
    pilotOn2 = cluster.on(cluster.gateway2, airline.pilot());
    String tenantId = airline.tenant().getString("id");

    JsonObject pirep = pilotOn2.filePirep();
    airline.pilot().getUntil(Albatross.pirepPath(pirep), r -> r.status() == 200).expect(200);
    assertThat(airline.chief().accept(pirep).expect(200).getString("status")).isEqualTo("ACCEPTED");
    pilotOn2.getUntil(Albatross.pirepPath(pirep), r -> r.status() == 200 && r.body().contains("\"ACCEPTED\""));
    assertThat(pilotOn2.get(Albatross.pirepPath(pirep) + "/history").items()).hasSize(2);
    JsonObject registered = cluster.admin(cluster.gateway2)
        .post("/api/users", Cluster.user("PILOT", tenantId)).expect(201);
    airline.chief().getUntil("/api/users/" + registered.getString("id"), r -> r.status() == 200).expect(200);
  }

  @Test
  @Order(3)
  @DisplayName("a key revoked through one gateway is refused by the other within one second")
  void revokedEverywhere() {
    JsonObject key = airline.pilot().createApiKey("ACARS");
    Caller keyOnGateway2 = new Caller(cluster.web(cluster.gateway2),
        MultiMap.caseInsensitiveMultiMap().add("X-API-Key", key.getString("key")), airline.pilot().user());
    keyOnGateway2.getUntil("/api/me", r -> r.status() == 200).expect(200);
    keyOnGateway2.get("/api/me").expect(200);

    airline.pilot().delete("/api/api-keys/" + key.getString("id")).expect(204);
    long revokedAt = System.nanoTime();
    keyOnGateway2.getUntil("/api/me", r -> r.status() == 401, Duration.ofSeconds(1)).expectProblem(401);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - revokedAt)).isLessThan(1000);
  }

  @Test
  @Order(4)
  @DisplayName("a PIREP filed through gateway 1 reaches a live client of gateway 2 within one second")
  void liveAcrossGateways() throws Exception {
    LiveClient client = LiveClient.connect(cluster.vertx, cluster.gateway2.port());
    client.register(pirepsAddress(), bearer(pilotOn2));
    client.awaitQuiet();
    long filedAt = System.nanoTime();
    JsonObject pirep = airline.pilot().filePirep();
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
    LocalRedis.restart(() -> assertThat(cluster.gateway2.healthStatus()).isEqualTo(503));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (cluster.gateway2.healthStatus() != 200 && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(cluster.gateway2.healthStatus()).isEqualTo(200);
    JsonObject delivered = null;
    while (delivered == null && System.nanoTime() < deadline) {
      LiveClient client = LiveClient.connect(cluster.vertx, cluster.gateway2.port());
      client.register(pirepsAddress(), bearer(pilotOn2));
      client.awaitQuiet();
      JsonObject pirep = airline.pilot().filePirep();
      delivered = firstFrame(client);
      if (delivered != null) {
        assertThat(delivered.getJsonObject("body").getJsonObject("pirep").getString("id"))
            .isEqualTo(pirep.getString("id"));
      }
      client.close();
    }
    assertThat(delivered).as("a live frame after the Redis restart").isNotNull();
  }

  @Test
  @Order(6)
  @DisplayName("a worker killed with kill -9 while PIREPs are filed loses none of them once restarted")
  void workerKilled() {
    int total = 60;
    Set<String> acknowledged = new HashSet<>();
    for (int i = 0; i < total; i++) {
      if (i == total / 3) {
        cluster.worker.kill();
      }
      acknowledged.add(Cluster.fileWithRetries(List.of(airline.pilot()), "kill-" + UUID.randomUUID(), Duration.ofSeconds(30)));
    }
    cluster.worker.restart();
    assertThat(acknowledged).hasSize(total);
    String mine = "/api/pireps?limit=200&pilotId=" + airline.pilot().id();
    pilotOn2.getUntil(mine, r -> r.status() == 200 && r.ids().containsAll(acknowledged), Duration.ofSeconds(30));
    assertThat(pilotOn2.getAll(mine)).extracting(p -> p.getString("id")).doesNotHaveDuplicates().containsAll(acknowledged);
  }

  @Test
  @Order(7)
  @DisplayName("the live read models equal a rebuild from the event store")
  void liveEqualsRebuild() throws Exception {
    cluster.assertLiveEqualsRebuild("cluster");
    assertThat(cluster.readModels().get("pireps")).hasSizeGreaterThan(60);
  }

  @Test
  @Order(8)
  @DisplayName("one Idempotency-Key sent to both gateways at once makes one PIREP")
  void idempotencyAcrossGateways() {
    MultiMap key = MultiMap.caseInsensitiveMultiMap()
        .add("Idempotency-Key", "both-gateways-" + UUID.randomUUID()).add("Content-Type", "application/json");
    List<Future<Reply>> started = List.of(
        airline.pilot().send(HttpMethod.POST, "/api/pireps", key, Albatross.pirepInput().toBuffer()),
        pilotOn2.send(HttpMethod.POST, "/api/pireps", key, Albatross.pirepInput().toBuffer()));
    List<Reply> replies = Caller.awaitAll(started);
    assertThat(replies).allSatisfy(r -> assertThat(r.status()).isIn(200, 201));
    assertThat(replies).extracting(r -> r.json().getString("id")).containsOnly(replies.get(0).json().getString("id"));
    String id = replies.get(0).json().getString("id");
    assertThat(cluster.rows("select 1 from events where stream_id = '" + id + "'")).hasSize(1);
  }

  @Test
  @Order(9)
  @DisplayName("a client reads its own writes on the other gateway on its very next request, with no retry")
  void readsOwnWritesAcrossGateways() {
    for (int i = 0; i < 5; i++) {
      Reply created = airline.pilot().post("/api/api-keys", new JsonObject().put("name", "at once " + i));
      JsonObject key = created.expect(201);
      assertThat(Long.parseLong(created.header(ReadConsistency.POSITION))).isPositive();
      assertThat(pilotOn2.get("/api/api-keys?limit=200").ids()).contains(key.getString("id"));
      Caller keyOn2 = new Caller(cluster.web(cluster.gateway2),
          MultiMap.caseInsensitiveMultiMap().add("X-API-Key", key.getString("key")), airline.pilot().user());
      keyOn2.get("/api/me").expect(200);

      airline.pilot().delete("/api/api-keys/" + key.getString("id")).expect(204);
      keyOn2.get("/api/me").expectProblem(401);

      Reply filed = airline.pilot().post("/api/pireps", Albatross.pirepInput());
      String id = filed.expect(201).getString("id");
      MultiMap atLeast = MultiMap.caseInsensitiveMultiMap()
          .add(ReadConsistency.MIN_POSITION, filed.header(ReadConsistency.POSITION));
      Reply read = Caller.await(pilotOn2.send(HttpMethod.GET, "/api/pireps/" + id, atLeast, null));
      assertThat(read.expect(200).getString("id")).isEqualTo(id);
      Reply list = Caller.await(pilotOn2.send(HttpMethod.GET,
          "/api/pireps?pilotId=" + airline.pilot().id(), atLeast, null));
      assertThat(list.expect(200) != null && list.ids().contains(id)).isTrue();
    }
  }

  private String pirepsAddress() {
    return "tenant." + airline.tenant().getString("id") + ".pireps";
  }

  private static JsonObject bearer(Caller caller) {
    return new JsonObject().put("Authorization", caller.authorization());
  }

  private static JsonObject firstFrame(LiveClient client) {
    try {
      return client.awaitFrame("rec");
    } catch (AssertionError | InterruptedException none) {
      return null;
    }
  }
}
