package dev.albatross.api;

import static dev.albatross.api.Albatross.pirepPath;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("Pilot careers: amendments, stats, ranks and leaderboard")
class ApiCareersTest {
  @RegisterExtension
  static final Albatross app = new Albatross();

  private static final String[] STATS_FIELDS = {"pilotId", "pilotName", "tenantId", "flights", "flightMinutes",
      "distanceNm", "averageLandingRateFpm", "rank", "lastFlightAt", "byMonth"};

  static String statsPath(Caller pilot) {
    return "/api/pilots/" + pilot.id() + "/stats";
  }

  static JsonObject flight(int minutes, String blockOnAt, int distance, Integer landingRate) {
    return new JsonObject().put("flightTimeMinutes", minutes).put("blockOffAt", null).put("blockOnAt", blockOnAt)
        .put("distanceNm", distance).put("landingRateFpm", landingRate);
  }

  static JsonObject ranks(Object... nameAndHours) {
    JsonArray items = new JsonArray();
    for (int i = 0; i < nameAndHours.length; i += 2) {
      items.add(new JsonObject().put("name", nameAndHours[i]).put("minHours", nameAndHours[i + 1]));
    }
    return new JsonObject().put("items", items);
  }

  /** The stats once they show {@code flights} accepted flights of {@code minutes} minutes. */
  static JsonObject statsOnce(Caller reader, Caller pilot, long flights, long minutes) {
    return reader.getUntil(statsPath(pilot), r -> r.status() == 200 && r.json().getLong("flights") == flights
        && r.json().getLong("flightMinutes") == minutes).json();
  }

  @Nested
  @DisplayName("PATCH /api/pireps/{id}")
  class Amend {
    private final Airlines.WithPilots airlines = new Airlines.WithPilots(app);

    @Test
    @DisplayName("corrects the named fields of an accepted PIREP, keeps its status, and its history gains PirepAmended")
    void amendsAccepted() {
      JsonObject pirep = airlines.pilot.filePirep();
      airlines.tenantAdmin.accept(pirep).expect(200);
      JsonObject amended = airlines.tenantAdmin.patch(pirepPath(pirep), new JsonObject()
          .put("reason", "block-on time was wrong").put("flightTimeMinutes", 490).put("notes", "fixed")).expect(200);

      assertThat(amended.getString("status")).isEqualTo("ACCEPTED");
      assertThat(amended.getInteger("flightTimeMinutes")).isEqualTo(490);
      assertThat(amended.getString("notes")).isEqualTo("fixed");
      assertThat(amended.getInteger("fuelUsedKg")).isEqualTo(pirep.getInteger("fuelUsedKg"));
      assertThat(airlines.pilot.getUntil(pirepPath(pirep), r -> r.json().getInteger("flightTimeMinutes") == 490).json())
          .isEqualTo(amended);
      JsonArray history = airlines.pilot.get(pirepPath(pirep) + "/history").expect(200).getJsonArray("items");
      JsonObject last = history.getJsonObject(history.size() - 1);
      assertThat(last.getString("type")).isEqualTo("PirepAmended");
      assertThat(last.getString("actorId")).isEqualTo(airlines.tenantAdmin.id());
      assertThat(last.getJsonObject("data")).isEqualTo(new JsonObject().put("amendedBy", airlines.tenantAdmin.id())
          .put("reason", "block-on time was wrong")
          .put("changes", new JsonObject().put("flightTimeMinutes", 490).put("notes", "fixed")));
    }

    @Test
    @DisplayName("amends a SUBMITTED or REJECTED PIREP too")
    void amendsAnyStatus() {
      JsonObject submitted = airlines.pilot.filePirep();
      assertThat(airlines.tenantAdmin.patch(pirepPath(submitted), new JsonObject().put("reason", "r")
          .put("landingRateFpm", -99)).expect(200).getString("status")).isEqualTo("SUBMITTED");
      JsonObject rejected = airlines.pilot.filePirep();
      airlines.tenantAdmin.reject(rejected, "no").expect(200);
      assertThat(airlines.tenantAdmin.patch(pirepPath(rejected), new JsonObject().put("reason", "r")
          .put("route", "DCT")).expect(200).getString("status")).isEqualTo("REJECTED");
    }

    @Test
    @DisplayName("answers 400 without a reason, without a field to change, or with a field against the PIREP rules")
    void invalid() {
      JsonObject pirep = airlines.pilot.filePirep();
      String path = pirepPath(pirep);
      airlines.tenantAdmin.patch(path, new JsonObject().put("flightTimeMinutes", 10)).expectInvalid("reason");
      airlines.tenantAdmin.patch(path, new JsonObject().put("reason", " ").put("notes", "x")).expectInvalid("reason");
      airlines.tenantAdmin.patch(path, new JsonObject().put("reason", "r".repeat(501)).put("notes", "x"))
          .expectInvalid("reason");
      airlines.tenantAdmin.patch(path, new JsonObject().put("reason", "nothing")).expectInvalid("body");
      airlines.tenantAdmin.patch(path, new JsonObject().put("reason", "r").put("flightTimeMinutes", 0)
          .put("fuelUsedKg", 500_001).put("distanceNm", -1).put("landingRateFpm", 5001).put("route", "r".repeat(2001))
          .put("notes", 3)).expectInvalid("flightTimeMinutes", "fuelUsedKg", "distanceNm", "landingRateFpm", "route",
              "notes");
      airlines.tenantAdmin.patch(path, new JsonObject().put("reason", "r").put("flightTimeMinutes", 1441))
          .expectInvalid("flightTimeMinutes");
    }

    @Test
    @DisplayName("answers 403 to pilots and platform admins, 404 to another airline's admin and for unknown ids, 401 anonymous")
    void whoMay() {
      JsonObject pirep = airlines.pilot.filePirep();
      JsonObject body = new JsonObject().put("reason", "r").put("notes", "n");
      airlines.pilot.patch(pirepPath(pirep), body).expectProblem(403);
      app.admin().patch(pirepPath(pirep), body).expectProblem(403);
      app.anonymous().patch(pirepPath(pirep), body).expectProblem(401);
      airlines.otherTenantAdmin.patch(pirepPath(pirep), body).expectProblem(404);
      airlines.tenantAdmin.patch("/api/pireps/" + UUID.randomUUID(), body).expectProblem(404);
      airlines.tenantAdmin.patch("/api/pireps/" + airlines.pilot.id(), body).expectProblem(404);
      airlines.tenantAdmin.patch(pirepPath(pirep), body).expect(200);
    }
  }

  @Nested
  @DisplayName("GET /api/pilots/{id}/stats")
  class Stats {
    private final Airlines.WithPilots airlines = new Airlines.WithPilots(app);

    @Test
    @DisplayName("counts ACCEPTED PIREPs only, month by month, and follows amendments exactly")
    void countsAccepted() {
      JsonObject empty = airlines.pilot.get(statsPath(airlines.pilot)).expect(200);
      assertThat(empty.fieldNames()).containsExactlyInAnyOrder(STATS_FIELDS);
      assertThat(empty.getLong("flights")).isZero();
      assertThat(empty.getValue("averageLandingRateFpm")).isNull();
      assertThat(empty.getValue("lastFlightAt")).isNull();
      assertThat(empty.getValue("rank")).isNull();

      JsonObject march = airlines.pilot.filePirep(flight(100, "2026-03-10T10:00:00Z", 500, -200));
      JsonObject april = airlines.pilot.filePirep(flight(50, "2026-04-02T10:00:00Z", 300, -101));
      JsonObject rejected = airlines.pilot.filePirep(flight(999, "2026-04-03T10:00:00Z", 9000, -900));
      airlines.pilot.filePirep(flight(777, "2026-04-04T10:00:00Z", 700, -700));
      airlines.tenantAdmin.accept(march).expect(200);
      airlines.tenantAdmin.accept(april).expect(200);
      airlines.tenantAdmin.reject(rejected, "no").expect(200);

      JsonObject stats = statsOnce(airlines.colleague, airlines.pilot, 2, 150);
      assertThat(stats.getString("pilotId")).isEqualTo(airlines.pilot.id());
      assertThat(stats.getString("pilotName")).isEqualTo(airlines.pilot.user().getString("displayName"));
      assertThat(stats.getString("tenantId")).isEqualTo(airlines.airlineId());
      assertThat(stats.getLong("distanceNm")).isEqualTo(800);
      assertThat(stats.getInteger("averageLandingRateFpm")).as("-150.5, rounded half up").isEqualTo(-150);
      assertThat(stats.getString("lastFlightAt")).isEqualTo("2026-04-02T10:00:00Z");
      assertThat(stats.getJsonArray("byMonth")).isEqualTo(new JsonArray()
          .add(new JsonObject().put("month", "2026-03").put("flights", 1).put("flightMinutes", 100))
          .add(new JsonObject().put("month", "2026-04").put("flights", 1).put("flightMinutes", 50)));

      airlines.tenantAdmin.patch(pirepPath(april), new JsonObject().put("reason", "r").put("flightTimeMinutes", 80)
          .put("distanceNm", 310)).expect(200);
      airlines.tenantAdmin.patch(pirepPath(rejected), new JsonObject().put("reason", "r").put("flightTimeMinutes", 5))
          .expect(200);
      JsonObject amended = statsOnce(airlines.pilot, airlines.pilot, 2, 180);
      assertThat(amended.getLong("distanceNm")).isEqualTo(810);
      assertThat(amended.getJsonArray("byMonth").getJsonObject(1).getLong("flightMinutes")).isEqualTo(80);
    }

    @Test
    @DisplayName("is seen by the pilot's airline and platform admins; 404 to another airline and for unknown ids")
    void whoSees() {
      airlines.tenantAdmin.get(statsPath(airlines.pilot)).expect(200);
      app.admin().get(statsPath(airlines.pilot)).expect(200);
      airlines.otherTenantAdmin.get(statsPath(airlines.pilot)).expectProblem(404);
      airlines.otherPilot.get(statsPath(airlines.pilot)).expectProblem(404);
      airlines.pilot.get("/api/pilots/" + UUID.randomUUID() + "/stats").expectProblem(404);
      airlines.pilot.get("/api/pilots/" + app.admin().id() + "/stats").expectProblem(404);
      airlines.pilot.get("/api/pilots/not-a-uuid/stats").expectProblem(404);
      app.anonymous().get(statsPath(airlines.pilot)).expectProblem(401);
    }

    @Test
    @DisplayName("many accepts at once from several clients all count: the totals are the sum")
    void concurrentAccepts() {
      int count = 24;
      List<JsonObject> pireps = IntStream.range(0, count)
          .mapToObj(i -> airlines.pilot.filePirep(flight(10 + i, "2026-05-01T10:00:00Z", i, null))).toList();
      Caller secondAdmin = app.newTenantAdmin(airlines.airline);
      List<Future<Reply>> accepts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Caller admin = i % 2 == 0 ? airlines.tenantAdmin : secondAdmin;
        accepts.add(admin.postAsync(pirepPath(pireps.get(i)) + "/accept", null));
      }
      Caller.awaitAll(accepts).forEach(reply -> reply.expect(200));
      long minutes = count * 10L + (long) count * (count - 1) / 2;
      JsonObject stats = statsOnce(airlines.pilot, airlines.pilot, count, minutes);
      assertThat(stats.getLong("distanceNm")).isEqualTo((long) count * (count - 1) / 2);
    }
  }

  @Nested
  @DisplayName("GET and PUT /api/tenants/{id}/ranks")
  class Ranks {
    private final Airlines.WithPilots airlines = new Airlines.WithPilots(app);

    private String path() {
      return "/api/tenants/" + airlines.airlineId() + "/ranks";
    }

    @Test
    @DisplayName("an airline's admin defines its ranks; its users read them lowest first; every pilot's rank follows")
    void define() {
      assertThat(airlines.pilot.get(path()).expect(200)).isEqualTo(new JsonObject().put("items", new JsonArray()));
      JsonObject pirep = airlines.pilot.filePirep(flight(180, "2026-06-01T10:00:00Z", 100, null));
      airlines.tenantAdmin.accept(pirep).expect(200);
      statsOnce(airlines.pilot, airlines.pilot, 1, 180);

      JsonObject defined = ranks("Cadet", 0, "First Officer", 3, "Captain", 4);
      assertThat(airlines.tenantAdmin.put(path(), defined).expect(200)).isEqualTo(defined);
      assertThat(airlines.pilot.getUntil(path(), r -> !r.json().getJsonArray("items").isEmpty()).json())
          .isEqualTo(defined);
      airlines.pilot.getUntil(statsPath(airlines.pilot), r -> new JsonObject().put("name", "First Officer")
          .put("minHours", 3).equals(r.json().getJsonObject("rank")));
      assertThat(airlines.colleague.get(statsPath(airlines.colleague)).expect(200).getJsonObject("rank"))
          .isEqualTo(new JsonObject().put("name", "Cadet").put("minHours", 0));

      app.admin().put(path(), ranks("Trainee", 0, "Senior", 2)).expect(200);
      airlines.pilot.getUntil(statsPath(airlines.pilot), r -> new JsonObject().put("name", "Senior")
          .put("minHours", 2).equals(r.json().getJsonObject("rank")));
    }

    @Test
    @DisplayName("answers 400 for items that break the rules")
    void invalid() {
      Caller admin = airlines.tenantAdmin;
      admin.put(path(), new JsonObject()).expectInvalid("items");
      admin.put(path(), new JsonObject().put("items", "x")).expectInvalid("items");
      admin.put(path(), ranks()).expectInvalid("items");
      Object[] tooMany = IntStream.range(0, 51).boxed().flatMap(i -> java.util.stream.Stream.of("R" + i, i)).toArray();
      admin.put(path(), ranks(tooMany)).expectInvalid("items");
      admin.put(path(), ranks("Cadet", 1)).expectInvalid("items[0].minHours");
      admin.put(path(), ranks("Cadet", 0, "Same", 0)).expectInvalid("items[1].minHours");
      admin.put(path(), ranks("Cadet", 0, "Down", 10, "Lower", 5)).expectInvalid("items[2].minHours");
      admin.put(path(), ranks("", 0)).expectInvalid("items[0].name");
      admin.put(path(), ranks("n".repeat(51), 0)).expectInvalid("items[0].name");
      admin.put(path(), ranks("Cadet", 0, "Too many hours", 100_001)).expectInvalid("items[1].minHours");
      admin.put(path(), new JsonObject().put("items", new JsonArray().add("Cadet"))).expectInvalid("items[0]");
      Object[] fifty = IntStream.range(0, 50).boxed().flatMap(i -> java.util.stream.Stream.of("R" + i, i)).toArray();
      admin.put(path(), ranks(fifty)).expect(200);
    }

    @Test
    @DisplayName("answers 403 to pilots, 404 to another airline and for unknown airlines, 401 anonymous")
    void whoMay() {
      JsonObject defined = ranks("Cadet", 0);
      airlines.pilot.put(path(), defined).expectProblem(403);
      airlines.otherTenantAdmin.put(path(), defined).expectProblem(404);
      airlines.otherTenantAdmin.get(path()).expectProblem(404);
      airlines.otherPilot.get(path()).expectProblem(404);
      app.anonymous().get(path()).expectProblem(401);
      app.anonymous().put(path(), defined).expectProblem(401);
      app.admin().put("/api/tenants/" + UUID.randomUUID() + "/ranks", defined).expectProblem(404);
      app.admin().get("/api/tenants/" + UUID.randomUUID() + "/ranks").expectProblem(404);
      app.admin().put("/api/tenants/" + airlines.pilot.id() + "/ranks", defined).expectProblem(404);
      app.admin().get("/api/tenants/" + airlines.pilot.id() + "/leaderboard").expectProblem(404);
      app.admin().get(path()).expect(200);
    }
  }

  @Nested
  @DisplayName("GET /api/tenants/{id}/leaderboard")
  class Leaderboard {
    private final Airlines.WithPilots airlines = new Airlines.WithPilots(app);

    private String path() {
      return "/api/tenants/" + airlines.airlineId() + "/leaderboard";
    }

    @Test
    @DisplayName("lists the airline's pilots most flight minutes first, overall or in a month")
    void ordered() {
      airlines.tenantAdmin.accept(airlines.pilot.filePirep(flight(100, "2026-07-01T10:00:00Z", 1, null))).expect(200);
      airlines.tenantAdmin.accept(airlines.pilot.filePirep(flight(100, "2026-08-01T10:00:00Z", 1, null))).expect(200);
      airlines.tenantAdmin.accept(airlines.colleague.filePirep(flight(150, "2026-08-02T10:00:00Z", 1, null)))
          .expect(200);
      airlines.tenantAdmin.accept(airlines.otherPilot.filePirep(flight(900, "2026-08-02T10:00:00Z", 1, null)))
          .expectProblem(404);
      statsOnce(airlines.pilot, airlines.pilot, 2, 200);
      statsOnce(airlines.pilot, airlines.colleague, 1, 150);

      List<String> overall = ids(airlines.pilot.get(path()).expect(200));
      assertThat(overall).containsExactly(airlines.pilot.id(), airlines.colleague.id());
      assertThat(ids(airlines.pilot.get(path() + "?month=2026-08").expect(200)))
          .containsExactly(airlines.colleague.id(), airlines.pilot.id());
      assertThat(ids(airlines.pilot.get(path() + "?month=2026-07").expect(200))).containsExactly(airlines.pilot.id());
      assertThat(ids(airlines.pilot.get(path() + "?month=2025-01").expect(200))).isEmpty();
      assertThat(ids(airlines.pilot.get(path() + "?limit=1").expect(200))).containsExactly(airlines.pilot.id());
      JsonObject first = airlines.pilot.get(path()).expect(200).getJsonArray("items").getJsonObject(0);
      assertThat(first.fieldNames()).containsExactlyInAnyOrder(STATS_FIELDS);
      assertThat(first).isEqualTo(airlines.pilot.get(statsPath(airlines.pilot)).expect(200));
    }

    @Test
    @DisplayName("answers 400 for a malformed month or limit, 404 to another airline, 401 anonymous")
    void invalid() {
      airlines.pilot.get(path() + "?month=2026-13").expectInvalid("month");
      airlines.pilot.get(path() + "?month=2026-1").expectInvalid("month");
      airlines.pilot.get(path() + "?limit=0").expectInvalid("limit");
      airlines.pilot.get(path() + "?limit=201").expectInvalid("limit");
      airlines.otherPilot.get(path()).expectProblem(404);
      app.admin().get("/api/tenants/" + UUID.randomUUID() + "/leaderboard").expectProblem(404);
      app.admin().get(path()).expect(200);
      app.anonymous().get(path()).expectProblem(401);
    }

    private List<String> ids(JsonObject board) {
      return board.getJsonArray("items").stream().map(i -> ((JsonObject) i).getString("pilotId")).toList();
    }
  }
}
