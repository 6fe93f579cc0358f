package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.live.LiveClient;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Live flights across processes: two gateways and a worker on PostgreSQL, RabbitMQ and Redis. */
@DisplayName("Live flights across two gateways and a worker")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlightsClusterIT {
  private Cluster cluster;

  @BeforeAll
  void startCluster() throws Exception {
    cluster = new Cluster("flights", Map.of("ALBATROSS_FLIGHT_LOST_AFTER", "PT3S",
        "ALBATROSS_FLIGHT_SWEEP_EVERY", "PT0.3S"));
  }

  @AfterAll
  void stopCluster() throws Exception {
    cluster.close();
  }

  @Test
  @DisplayName("a flight reported through gateway 1 moves, is lost by the worker, resumes and files, live on gateway 2;"
      + " the read models equal a rebuild")
  void acrossGateways() throws Exception {
    Cluster.Airline airline = cluster.airline("FLC");
    Caller onOne = airline.pilot();
    Caller onTwo = cluster.on(cluster.gateway2, onOne);
    LiveClient client = LiveClient.connect(cluster.vertx, cluster.gateway2.port());
    String address = "tenant." + airline.tenant().getString("id") + ".flights";
    client.register(address, new JsonObject().put("Authorization", onOne.authorization()));
    client.awaitQuiet();

    JsonObject flight = onOne.post("/api/flights", Flights.plan()).expect(201);
    String path = Flights.path(flight);
    long posted = System.nanoTime();
    onOne.post(path + "/positions", Flights.batch(0, 10)).expect(202);
    JsonObject moved = awaitType(client, "FlightMoved");
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - posted);

    assertThat(moved.getJsonObject("flight").getJsonObject("lastPosition").getInteger("seq")).isEqualTo(9);
    assertThat(millis).isLessThan(1000);
    assertThat(awaitType(client, "FlightLost").getJsonObject("flight").getString("status")).isEqualTo("LOST");
    onTwo.post(path + "/positions", Flights.batch(10, 200)).expect(202);
    JsonObject pirep = onTwo.post(path + "/file", new JsonObject()).expect(201);
    JsonObject filed = awaitType(client, "FlightFiled");
    assertThat(filed.getJsonObject("flight").getString("pirepId")).isEqualTo(pirep.getString("id"));
    assertThat(onOne.getUntil(path, r -> "FILED".equals(r.json().getString("status")), Duration.ofSeconds(5))
        .json().getString("pirepId")).isEqualTo(pirep.getString("id"));
    client.close();

    cluster.assertLiveEqualsRebuild("flights");
    assertThat(cluster.readModels().get("flights")).hasSize(1);
  }

  /** The body of the first frame of {@code type}, within 10 s. */
  private static JsonObject awaitType(LiveClient client, String type) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      List<JsonObject> bodies = client.frames("rec").stream().map(f -> f.getJsonObject("body")).toList();
      for (JsonObject body : bodies) {
        if (type.equals(body.getString("type"))) {
          return body;
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError(type + " not heard within 10 s; frames: " + client.frames("rec"));
  }
}
