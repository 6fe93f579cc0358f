package dev.albatross.api;

import static dev.albatross.api.Albatross.pirepPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.TestServices;
import dev.albatross.adapter.pg.PgTestDatabase;
import dev.albatross.app.Application;
import dev.albatross.app.Config;
import dev.albatross.app.Config.ProcessRole;
import dev.albatross.cluster.RabbitMqVhost;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Pilot careers through the API of two gateways on one PostgreSQL database, RabbitMQ virtual host
 * and Redis (one of them also the worker): random submits, accepts (some at once, through both
 * gateways), rejects and amendments, after which every pilot's stats, on both gateways, equal a
 * recomputation from the PIREPs' histories, and equal them again after rebuild-projections.
 */
@DisplayName("Pilot careers on two gateways over PostgreSQL, RabbitMQ and Redis")
class ApiCareersOnPostgresTest {
  private static final Duration SETTLE = Duration.ofSeconds(15);

  private static PgTestDatabase database;
  private static RabbitMqVhost vhost;
  private static Albatross worker;
  private static Albatross gateway;

  @BeforeAll
  static void start() throws Exception {
    database = PgTestDatabase.createEmpty();
    vhost = new RabbitMqVhost();
    worker = Albatross.on(port -> config(port, Set.of(ProcessRole.GATEWAY, ProcessRole.WORKER)));
    worker.start();
    gateway = Albatross.on(port -> config(port, Set.of(ProcessRole.GATEWAY)));
    gateway.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (gateway != null) {
      gateway.stop();
    }
    if (worker != null) {
      worker.stop();
    }
    database.close();
    if (vhost != null) {
      vhost.close();
    }
  }

  private static Config config(int port, Set<ProcessRole> roles) {
    return new Config(port, roles, Optional.of(database.url()), Optional.of(vhost.url()),
        Optional.of(TestServices.redisUrl()),
        Optional.of(Albatross.JWT_SECRET), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }

  /** The same user, on each gateway. */
  private record Both(Caller onWorker, Caller onGateway) {
    Caller any(Random random) {
      return random.nextBoolean() ? onWorker : onGateway;
    }

    String id() {
      return onWorker.id();
    }
  }

  private static Both user(String role, String tenantId) {
    Caller caller = worker.newUser(role, tenantId);
    return new Both(caller, gateway.withToken(caller.authorization().substring("Bearer ".length()), caller.user()));
  }

  @Test
  @DisplayName("stats equal a recomputation from the events on both gateways, and after a rebuild")
  void exact() {
    Random random = new Random(20261206);
    String tenantId = worker.createTenant().getString("id");
    List<Both> admins = List.of(user("TENANT_ADMIN", tenantId), user("TENANT_ADMIN", tenantId));
    List<Both> pilots = List.of(user("PILOT", tenantId), user("PILOT", tenantId), user("PILOT", tenantId));
    gateway.admin().put("/api/tenants/" + tenantId + "/ranks", ranks()).expect(200);

    List<JsonObject> pireps = new ArrayList<>();
    Map<String, String> status = new HashMap<>();
    for (int i = 0; i < 30; i++) {
      JsonObject pirep = pilots.get(random.nextInt(pilots.size())).any(random).filePirep(flight(random));
      pireps.add(pirep);
      status.put(pirep.getString("id"), "SUBMITTED");
    }
    for (int step = 0; step < 40; step++) {
      JsonObject pirep = pireps.get(random.nextInt(pireps.size()));
      Caller admin = admins.get(random.nextInt(2)).any(random);
      int choice = random.nextInt(4);
      if (choice < 2) {
        admin.patch(pirepPath(pirep), amendment(random)).expect(200);
      } else if ("SUBMITTED".equals(status.get(pirep.getString("id")))) {
        boolean accept = choice == 2;
        (accept ? admin.accept(pirep) : admin.reject(pirep, "no")).expect(200);
        status.put(pirep.getString("id"), accept ? "ACCEPTED" : "REJECTED");
      }
    }
    List<Future<Reply>> concurrent = new ArrayList<>();
    for (JsonObject pirep : pireps) {
      if ("SUBMITTED".equals(status.get(pirep.getString("id"))) && random.nextInt(3) > 0) {
        concurrent.add(admins.get(random.nextInt(2)).any(random).postAsync(pirepPath(pirep) + "/accept", null));
      }
    }
    Caller.awaitAll(concurrent).forEach(reply -> reply.expect(200));

    Map<String, JsonObject> expected = recompute(pireps, admins.get(0).onWorker());
    assertStats(pilots, expected);

    Caller.await(Application.rebuildProjections(worker.vertx(),
        config(0, Set.of(ProcessRole.GATEWAY, ProcessRole.WORKER))));
    assertStats(pilots, expected);
  }

  private static void assertStats(List<Both> pilots, Map<String, JsonObject> expected) {
    for (Both pilot : pilots) {
      JsonObject want = expected.getOrDefault(pilot.id(), recomputed(0, 0, 0, 0, 0, null, new TreeMap<>()));
      for (Caller reader : List.of(pilot.onWorker(), pilot.onGateway())) {
        reader.getUntil("/api/pilots/" + pilot.id() + "/stats", r -> r.status() == 200 && totals(r.json()).equals(want),
            SETTLE);
      }
    }
  }

  private static JsonObject totals(JsonObject stats) {
    return new JsonObject().put("flights", stats.getLong("flights")).put("flightMinutes", stats.getLong("flightMinutes"))
        .put("distanceNm", stats.getLong("distanceNm")).put("averageLandingRateFpm", stats.getValue("averageLandingRateFpm"))
        .put("lastFlightAt", stats.getString("lastFlightAt")).put("byMonth", stats.getJsonArray("byMonth"));
  }

  /** Every pilot's totals from their PIREPs' histories, with plain loops. */
  private static Map<String, JsonObject> recompute(List<JsonObject> pireps, Caller reader) {
    Map<String, List<JsonObject>> flown = new HashMap<>();
    for (JsonObject pirep : pireps) {
      JsonArray history = reader.get(pirepPath(pirep) + "/history").expect(200).getJsonArray("items");
      JsonObject submitted = history.getJsonObject(0);
      JsonObject values = submitted.getJsonObject("data").copy();
      values.put("flownAt", values.getString("blockOnAt") != null ? values.getString("blockOnAt")
          : submitted.getString("occurredAt"));
      String state = "SUBMITTED";
      for (int i = 1; i < history.size(); i++) {
        JsonObject item = history.getJsonObject(i);
        switch (item.getString("type")) {
          case "PirepAccepted" -> state = "ACCEPTED";
          case "PirepRejected" -> state = "REJECTED";
          case "PirepAmended" -> values.mergeIn(item.getJsonObject("data").getJsonObject("changes"));
          default -> throw new AssertionError("unexpected event " + item);
        }
      }
      if ("ACCEPTED".equals(state)) {
        flown.computeIfAbsent(values.getString("pilotId"), p -> new ArrayList<>()).add(values);
      }
    }
    Map<String, JsonObject> totals = new HashMap<>();
    flown.forEach((pilot, flights) -> {
      long minutes = 0;
      long distance = 0;
      long landingSum = 0;
      long landings = 0;
      Instant last = null;
      TreeMap<YearMonth, long[]> months = new TreeMap<>();
      for (JsonObject f : flights) {
        minutes += f.getInteger("flightTimeMinutes");
        distance += f.getInteger("distanceNm", 0);
        if (f.getInteger("landingRateFpm") != null) {
          landingSum += f.getInteger("landingRateFpm");
          landings++;
        }
        Instant at = Instant.parse(f.getString("flownAt"));
        last = last == null || at.isAfter(last) ? at : last;
        long[] month = months.computeIfAbsent(YearMonth.from(at.atOffset(ZoneOffset.UTC)), m -> new long[2]);
        month[0]++;
        month[1] += f.getInteger("flightTimeMinutes");
      }
      totals.put(pilot, recomputed(flights.size(), minutes, distance, landingSum, landings, last, months));
    });
    return totals;
  }

  private static JsonObject recomputed(long flights, long minutes, long distance, long landingSum, long landings,
      Instant last, TreeMap<YearMonth, long[]> months) {
    JsonArray byMonth = new JsonArray();
    months.forEach((month, m) -> byMonth.add(new JsonObject().put("month", month.toString()).put("flights", m[0])
        .put("flightMinutes", m[1])));
    return new JsonObject().put("flights", flights).put("flightMinutes", minutes).put("distanceNm", distance)
        .put("averageLandingRateFpm", landings == 0 ? null : (int) Math.round((double) landingSum / landings))
        .put("lastFlightAt", last == null ? null : last.toString()).put("byMonth", byMonth);
  }

  private static JsonObject flight(Random random) {
    String blockOn = "2026-0" + (3 + random.nextInt(3)) + "-1" + random.nextInt(10) + "T10:00:00Z";
    JsonObject flight = new JsonObject().put("flightTimeMinutes", 1 + random.nextInt(600))
        .put("distanceNm", random.nextInt(5000)).put("landingRateFpm", random.nextBoolean() ? null : -random.nextInt(900));
    if (random.nextBoolean()) {
      flight.put("blockOffAt", null).put("blockOnAt", blockOn);
    } else {
      flight.put("blockOffAt", null).put("blockOnAt", null);
    }
    return flight;
  }

  private static JsonObject amendment(Random random) {
    JsonObject body = new JsonObject().put("reason", "correction").put("flightTimeMinutes", 1 + random.nextInt(1440));
    if (random.nextBoolean()) {
      body.put("landingRateFpm", -random.nextInt(5000));
    }
    if (random.nextBoolean()) {
      body.put("distanceNm", random.nextInt(20_000));
    }
    return body;
  }

  private static JsonObject ranks() {
    return new JsonObject().put("items", new JsonArray().add(new JsonObject().put("name", "Cadet").put("minHours", 0))
        .add(new JsonObject().put("name", "Captain").put("minHours", 20)));
  }
}
