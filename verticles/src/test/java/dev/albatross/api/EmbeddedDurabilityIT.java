package dev.albatross.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.http.ReadConsistency;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The default mode keeps its data: the packaged jar with a data directory, killed with
 * {@code kill -9} and started again, and started on a journal whose last record a crash tore.
 */
@DisplayName("The default mode keeps its data")
class EmbeddedDurabilityIT extends JarInDataDirectory {
  private static final String CHOSEN_PASSWORD = "the admin's own chosen password";

  @Override
  String name() {
    return "embedded";
  }

  /** An airline and a pilot, registered by the admin, who changed the password first. */
  private Caller pilot() {
    Caller admin = signIn("admin@albatross.local", ADMIN_PASSWORD);
    admin.post("/api/me/password", new JsonObject().put("currentPassword", ADMIN_PASSWORD)
        .put("newPassword", CHOSEN_PASSWORD)).expect(204);
    JsonObject tenant = admin.post("/api/tenants", new JsonObject().put("name", "Durable Air").put("icao", "DUR"))
        .expect(201);
    JsonObject pilot = admin.post("/api/users", new JsonObject().put("email", "pilot@durable.test")
        .put("displayName", "Durable Pilot").put("role", "PILOT").put("tenantId", tenant.getString("id"))
        .put("password", "durable-pilot-password")).expect(201);
    return signIn(pilot.getString("email"), "durable-pilot-password");
  }

  private List<String> pirepsOf(Caller pilot) {
    return pilot.getAll("/api/pireps?limit=200&pilotId=" + pilot.id()).stream().map(p -> p.getString("id")).toList();
  }

  @Test
  @DisplayName("kill -9 while clients file PIREPs: after a restart every acknowledged one is there, once")
  void killedUnderLoad() throws Exception {
    Caller pilot = pilot();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean running = new AtomicBoolean(true);
    List<Thread> clients = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Thread client = new Thread(() -> {
        while (running.get()) {
          try {
            Reply reply = Caller.await(pilot.send(HttpMethod.POST, "/api/pireps",
                MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json")
                    .add("Idempotency-Key", UUID.randomUUID().toString()),
                Albatross.pirepInput().toBuffer()), Duration.ofSeconds(5));
            if (reply.status() == 201) {
              acknowledged.add(reply.json().getString("id"));
            }
          } catch (AssertionError | RuntimeException unanswered) {
            // the process is gone: this PIREP was never acknowledged
          }
        }
      });
      client.start();
      clients.add(client);
    }
    Thread.sleep(3000);
    app.kill();
    running.set(false);
    for (Thread client : clients) {
      client.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertThat(acknowledged).hasSizeGreaterThan(20);

    app.restart();
    Caller again = signIn("pilot@durable.test", "durable-pilot-password");
    List<String> stored = pirepsOf(again);
    assertThat(stored).doesNotHaveDuplicates().containsAll(acknowledged);
    signIn("admin@albatross.local", CHOSEN_PASSWORD).get("/api/tenants").expect(200);
  }

  @Test
  @DisplayName("a journal cut in the middle of its last record starts cleanly, without that record")
  void tornLastRecord() throws Exception {
    Caller pilot = pilot();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      kept.add(pilot.filePirep().getString("id"));
    }
    String last = pilot.filePirep().getString("id");
    app.kill();
    Path segment;
    try (var files = Files.list(data)) {
      segment = files.filter(f -> f.getFileName().toString().startsWith("events-")).sorted()
          .reduce((first, second) -> second).orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(segment.toFile(), "rw")) {
      file.setLength(file.length() - 20);
    }

    app.restart();
    Caller again = signIn("pilot@durable.test", "durable-pilot-password");
    assertThat(pirepsOf(again)).containsAll(kept).doesNotContain(last);
    again.get("/api/pireps/" + last).expectProblem(404);
    Reply filed = again.post("/api/pireps", Albatross.pirepInput());
    String next = filed.expect(201).getString("id");
    Reply read = Caller.await(again.send(HttpMethod.GET, "/api/pireps/" + next, MultiMap.caseInsensitiveMultiMap()
        .add(ReadConsistency.MIN_POSITION, filed.header(ReadConsistency.POSITION)), null));
    assertThat(read.expect(200).getString("id")).as("the journal takes appends after the cut").isEqualTo(next);
  }

  @Test
  @DisplayName("kill -9 while a flight reports: after a restart its track holds every acknowledged position, and it files")
  void flightKilledWhileReporting() throws Exception {
    Caller pilot = pilot();
    JsonObject flight = pilot.post("/api/flights", Flights.plan()).expect(201);
    String path = Flights.path(flight);
    Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread client = new Thread(() -> {
      for (int from = 0; running.get(); from += 50) {
        try {
          Reply reply = Caller.await(pilot.send(HttpMethod.POST, path + "/positions",
              MultiMap.caseInsensitiveMultiMap().add("Content-Type", "application/json"),
              Flights.batch(from, from + 50).toBuffer()), Duration.ofSeconds(5));
          if (reply.status() == 202) {
            for (int seq = from; seq < from + 50; seq++) {
              acknowledged.add(seq);
            }
          }
        } catch (AssertionError | RuntimeException unanswered) {
          // the process is gone: this batch was never acknowledged
        }
      }
    });
    client.start();
    Thread.sleep(3000);
    app.kill();
    running.set(false);
    client.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(acknowledged).hasSizeGreaterThan(200);

    app.restart();
    Caller again = signIn("pilot@durable.test", "durable-pilot-password");
    List<Integer> track = again.get(path + "/track").expect(200).getJsonArray("items").stream()
        .map(p -> ((JsonObject) p).getInteger("seq")).toList();
    assertThat(track).doesNotHaveDuplicates().containsAll(acknowledged).isSorted();
    assertThat(again.get(path).expect(200).getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(again.post(path + "/file", new JsonObject()).expect(201).getInteger("flightTimeMinutes"))
        .isGreaterThan(0);
  }
}
