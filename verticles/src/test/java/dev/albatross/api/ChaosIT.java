package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.codec.EventCodec;
import dev.albatross.adapter.pg.PgConfig;
import dev.albatross.api.Cluster.Airline;
import dev.albatross.cluster.AlbatrossProcess;
import dev.albatross.cluster.LocalRedis;
import dev.albatross.cluster.LocalServices;
import dev.albatross.domain.model.tenant.TenantEvent.TenantCreated;
import dev.albatross.live.LiveClient;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The guarantees under faults. Each scenario files PIREPs continuously from a client that
 * retries failed requests with the same Idempotency-Key, injects one fault, waits for recovery,
 * then checks that every acknowledged PIREP is stored and projected exactly once, that nothing
 * unacknowledged appears, and that the read models equal a rebuild; it prints one line of figures.
 * Every scenario runs in {@code make test} (and alone with {@code make chaos}); some stop and start
 * this machine's RabbitMQ, Redis and PostgreSQL.
 */
@DisplayName("Faults")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ChaosIT {
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private Cluster cluster;
  private Airline airline;
  /** Every PIREP the pilot has had acknowledged in this class, whatever the scenario. */
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  @BeforeAll
  void start() throws Exception {
    cluster = new Cluster("chaos");
    airline = cluster.airline("CHX");
  }

  @AfterAll
  void stop() throws Exception {
    cluster.close();
  }

  @Test
  @Order(1)
  @DisplayName("1. kill -9 a gateway under load: clients fail over to the other one")
  void gatewayKilled() throws Exception {
    underLoad("gateway killed", () -> cluster.gateway1.kill(), () -> cluster.gateway1.restart());
  }

  @Test
  @Order(2)
  @DisplayName("2. kill -9 the worker with the relay and projections in flight, then restart it")
  void workerKilled() throws Exception {
    underLoad("worker killed", () -> cluster.worker.kill(), () -> cluster.worker.restart());
  }

  @Test
  @Order(3)
  @DisplayName("3. RabbitMQ stopped and started under load")
  void rabbitMqRestarted() throws Exception {
    underLoad("rabbitmq restarted", () -> LocalServices.rabbitMq("stop_app"), () -> LocalServices.rabbitMq("start_app"));
  }

  @Test
  @Order(4)
  @DisplayName("4. Redis restarted under load: a revoked API key stays refused")
  void redisRestarted() throws Exception {
    JsonObject key = airline.pilot().createApiKey("revoked before the restart");
    Caller keyOn2 = new Caller(cluster.web(cluster.gateway2),
        MultiMap.caseInsensitiveMultiMap().add("X-API-Key", key.getString("key")), airline.pilot().user());
    keyOn2.getUntil("/api/me", r -> r.status() == 200).expect(200);
    airline.pilot().delete("/api/api-keys/" + key.getString("id")).expect(204);
    keyOn2.getUntil("/api/me", r -> r.status() == 401).expectProblem(401);

    underLoad("redis restarted", () -> LocalRedis.restart(() -> { }), () -> { });

    keyOn2.get("/api/me").expectProblem(401);
    cluster.on(cluster.gateway1, keyOn2).get("/api/me").expectProblem(401);
  }

  @Test
  @Order(5)
  @DisplayName("5. PostgreSQL restarted with -m immediate under load")
  void postgresRestarted() throws Exception {
    underLoad("postgresql restarted", () -> LocalServices.postgres("stop", "-m", "immediate"),
        () -> LocalServices.postgres("start"));
  }

  @Test
  @Order(6)
  @DisplayName("6. the relay waits for an earlier position still being written, and a rolled-back one stalls nothing")
  void lateCommitAndRollback() throws Exception {
    UUID lateTenant = UUID.randomUUID();
    long started = System.nanoTime();
    SqlConnection held = Caller.await(PgConnection.connect(cluster.vertx,
        PgConfig.connectOptions(cluster.db.url())));
    Transaction tx = Caller.await(held.begin());
    Caller.await(insertTenantCreated(held, lateTenant));

    List<String> meanwhile = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      meanwhile.add(airline.pilot().filePirep().getString("id"));
    }
    acknowledged.addAll(meanwhile);
    Cluster.pause(1500);
    assertThat(projected(meanwhile)).as("nothing after the open transaction is relayed before it ends").isEmpty();

    Caller.await(tx.commit());
    waitUntilProjected(meanwhile);
    cluster.admin(cluster.gateway1).getUntil("/api/tenants/" + lateTenant, r -> r.status() == 200).expect(200);
    long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    Transaction doomed = Caller.await(held.begin());
    Caller.await(insertTenantCreated(held, UUID.randomUUID()));
    Caller.await(doomed.rollback());
    Caller.await(held.close());
    List<String> after = List.of(airline.pilot().filePirep().getString("id"));
    acknowledged.addAll(after);
    long recovery = waitUntilProjected(after);
    cluster.assertLiveEqualsRebuild("chaos-late-commit");
    System.out.printf("chaos 6 late commit and rollback: late_event_delivered=true held_ms=%d after_rollback_ms=%d%n",
        waitedMs, recovery);
  }

  @Test
  @Order(7)
  @DisplayName("7. 100 concurrent conflicting commands on one stream: contiguous versions, conflicts reported")
  void concurrentConflicts() {
    List<Caller> gateways = List.of(airline.chief(), cluster.on(cluster.gateway2, airline.chief()));
    List<Future<Reply>> started = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      Caller caller = gateways.get(i % 2);
      started.add(caller.postAsync("/api/api-keys", new JsonObject().put("name", "key " + i)));
    }
    List<Reply> replies = Caller.awaitAll(started);
    long created = replies.stream().filter(r -> r.status() == 201).count();
    long conflicts = replies.stream().filter(r -> r.status() == 409).count();
    assertThat(created + conflicts).as("every answer is 201 or 409").isEqualTo(100);
    replies.stream().filter(r -> r.status() == 409).forEach(r -> r.expectProblem(409));

    List<Row> versions = cluster.rows("select version from events where stream_id = '" + airline.chief().id()
        + "' order by version");
    for (int i = 0; i < versions.size(); i++) {
      assertThat(versions.get(i).getLong("version")).isEqualTo(i + 1L);
    }
    assertThat(versions).hasSize((int) created + 1);
    airline.chief().getUntil("/api/api-keys?limit=200", r -> r.status() == 200 && r.items().size() == created)
        .expect(200);
    System.out.printf("chaos 7 concurrent conflicts: commands=100 created=%d conflicts=%d versions=1..%d%n",
        created, conflicts, versions.size());
  }

  @Test
  @Order(8)
  @DisplayName("8. RabbitMQ restarted three times in a row while four clients file without pause")
  void rabbitMqRestartedThrice() throws Exception {
    underLoad("rabbitmq restarted three times", 4, () -> {
      for (int i = 0; i < 3; i++) {
        LocalServices.rabbitMq("stop_app");
        Cluster.pause(2000);
        LocalServices.rabbitMq("start_app");
        if (i < 2) {
          Cluster.pause(2500);
        }
      }
    }, () -> { });
  }

  @Test
  @Order(9)
  @DisplayName("9. every connection to RabbitMQ closed every 3 s during a minute of load")
  void rabbitMqConnectionsClosed() throws Exception {
    underLoad("rabbitmq connections closed", 4, () -> {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < end) {
        cluster.vhost.closeConnections();
        Cluster.pause(3000);
      }
    }, () -> { });
  }

  @Test
  @Order(10)
  @DisplayName("10. the worker's PostgreSQL connections killed again and again under load")
  void workerConnectionsKilled() throws Exception {
    underLoad("worker postgresql connections killed", 4, () -> {
      for (int i = 0; i < 5; i++) {
        List<Row> killed = cluster.rows("select pg_terminate_backend(pid) from pg_stat_activity "
            + "where application_name = 'albatross-worker' and datname = current_database()");
        assertThat(killed).as("the worker's connections").isNotEmpty();
        Cluster.pause(1000);
      }
    }, () -> { });
  }

  @Test
  @Order(11)
  @DisplayName("11. Redis restarted while live clients listen: they are told to resync, and miss nothing")
  void redisRestartedUnderLiveClients() throws Exception {
    String address = "tenant." + airline.tenant().getString("id") + ".pireps";
    JsonObject bearer = new JsonObject().put("Authorization", airline.pilot().authorization());
    List<LiveClient> listeners = new ArrayList<>();
    for (AlbatrossProcess gateway : List.of(cluster.gateway1, cluster.gateway2)) {
      LiveClient client = LiveClient.connect(cluster.vertx, gateway.port());
      client.register(address, bearer);
      listeners.add(client);
    }
    LiveClient.awaitQuiet(listeners);

    underLoad("redis restarted under live clients", 4, () -> LocalRedis.restart(() -> { }), () -> { });

    for (LiveClient client : listeners) {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      while (!client.closed() && System.nanoTime() < deadline) {
        Cluster.pause(100);
      }
      assertThat(client.closed()).as("a live client told to resync").isTrue();
      Set<String> known = new HashSet<>();
      client.frames("rec").forEach(f -> known.add(f.getJsonObject("body").getJsonObject("pirep").getString("id")));
      airline.pilot().getAll("/api/pireps?limit=200&pilotId=" + airline.pilot().id())
          .forEach(p -> known.add(p.getString("id")));
      assertThat(known).as("what a client heard, and refetched once told to").containsAll(acknowledged);
    }
    LiveClient again = LiveClient.connect(cluster.vertx, cluster.gateway2.port());
    again.register(address, bearer);
    again.awaitQuiet();
    String next = airline.pilot().filePirep().getString("id");
    acknowledged.add(next);
    assertThat(again.awaitFrame("rec").getJsonObject("body").getJsonObject("pirep").getString("id")).isEqualTo(next);
    again.close();
  }

  private interface Step {
    void run() throws Exception;
  }

  /**
   * Files PIREPs from a retrying client through both gateways while {@code fault} happens, then
   * {@code repair}; measures how long until a new PIREP is filed and readable again, and checks
   * the guarantees.
   */
  private void underLoad(String name, Step fault, Step repair) throws Exception {
    underLoad(name, 1, fault, repair);
  }

  /** As above, with {@code clients} clients filing at once, each without a pause between PIREPs. */
  private void underLoad(String name, int clients, Step fault, Step repair) throws Exception {
    Set<String> filed = ConcurrentHashMap.newKeySet();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Caller> gateways = List.of(airline.pilot(), cluster.on(cluster.gateway2, airline.pilot()));
    List<Thread> load = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      List<Caller> order = i % 2 == 0 ? gateways : List.of(gateways.get(1), gateways.get(0));
      Thread client = new Thread(() -> {
        while (running.get()) {
          filed.add(Cluster.fileWithRetries(order, name + "-" + UUID.randomUUID(), PATIENCE));
        }
      }, "chaos-load-" + i);
      client.start();
      load.add(client);
    }
    Cluster.pause(1500);
    fault.run();
    Cluster.pause(3000);
    repair.run();
    long repaired = System.nanoTime();
    List<String> probe = List.of(Cluster.fileWithRetries(gateways, name + "-probe-" + UUID.randomUUID(), PATIENCE));
    filed.addAll(probe);
    waitUntilProjected(probe);
    long recoveryMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - repaired);
    running.set(false);
    for (Thread client : load) {
      client.join(PATIENCE.toMillis());
    }

    acknowledged.addAll(filed);
    waitUntilProjected(new ArrayList<>(acknowledged));
    cluster.awaitProjectionsSettled();
    List<String> stored = pirepsInStore();
    List<String> projectedRows = projectedOfPilot();
    assertThat(stored).as("stored PIREPs").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged);
    assertThat(projectedRows).as("projected PIREPs").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
    cluster.assertLiveEqualsRebuild("chaos-" + name.replace(' ', '-'));
    System.out.printf("chaos %s: filed_during=%d acknowledged_total=%d stored=%d projected=%d duplicates=0 "
        + "recovery_ms=%d%n", name, filed.size(), acknowledged.size(), stored.size(), projectedRows.size(), recoveryMs);
  }

  private List<String> pirepsInStore() {
    return cluster.rows("select stream_id from events where stream_type = 'Pirep' and version = 1").stream()
        .map(r -> r.getUUID("stream_id").toString()).toList();
  }

  private List<String> projectedOfPilot() {
    return cluster.rows("select id from pireps").stream().map(r -> r.getUUID("id").toString()).toList();
  }

  private List<String> projected(List<String> ids) {
    return projectedOfPilot().stream().filter(ids::contains).toList();
  }

  /** Waits until every id is in the read model; answers how long that took. */
  private long waitUntilProjected(List<String> ids) {
    long started = System.nanoTime();
    long deadline = started + PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      if (projected(ids).size() == ids.size()) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      }
      Cluster.pause(100);
    }
    throw new AssertionError("not projected within " + PATIENCE + ": " + ids.size() + " expected, "
        + projected(ids).size() + " there");
  }

  /** A TenantCreated event written straight into the store, inside the caller's transaction. */
  private static Future<Void> insertTenantCreated(SqlConnection conn, UUID tenantId) {
    byte[] payload = EventCodec.encodePayload(new TenantCreated(tenantId, "Late Air", "LAT"));
    return conn.preparedQuery("insert into events (event_id, stream_id, stream_type, version, tenant_id, event_type, "
            + "payload, occurred_at) values ($1, $2, 'Tenant', 1, $2, 'TenantCreated', $3, $4)")
        .execute(Tuple.of(UUID.randomUUID(), tenantId, Buffer.buffer(payload),
            OffsetDateTime.now(ZoneOffset.UTC)))
        .mapEmpty();
  }
}
