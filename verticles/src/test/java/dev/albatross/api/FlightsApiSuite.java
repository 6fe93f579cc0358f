package dev.albatross.api;

import static dev.albatross.api.Flights.batch;
import static dev.albatross.api.Flights.cruising;
import static dev.albatross.api.Flights.flownTrack;
import static dev.albatross.api.Flights.path;
import static dev.albatross.api.Flights.plan;
import static dev.albatross.api.Flights.readAfter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.model.airport.GreatCircle;
import dev.albatross.live.LiveClient;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Live flights through the API, as API.md writes them; run in each mode by a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FlightsApiSuite {
  /** Flights silent this long are lost in these tests' applications. */
  static final Duration LOST_AFTER = Duration.ofSeconds(6);
  static final String[] FLIGHT_FIELDS = {"id", "tenantId", "pilotId", "pilotName", "flightNumber", "departure",
      "arrival", "aircraftType", "route", "client", "status", "startedAt", "lastSeenAt", "lastPosition",
      "distanceFlownNm", "pirepId"};

  abstract Albatross app();

  JsonObject airline;
  Caller pilot;
  Caller otherPilot;
  Caller admin;
  Caller stranger;

  @BeforeAll
  void people() {
    airline = app().createTenant();
    pilot = app().newPilot(airline);
    otherPilot = app().newPilot(airline);
    admin = app().newTenantAdmin(airline);
    stranger = app().newPilot(app().createTenant());
  }

  JsonObject start(Caller who) {
    return who.post("/api/flights", plan()).expect(201);
  }

  @Test
  @DisplayName("POST /api/flights starts a flight: 201, Location, the fields of API.md, in progress, no position yet")
  void starts() {
    Reply reply = pilot.post("/api/flights", plan());

    JsonObject flight = reply.expect(201);
    assertThat(reply.header("Location")).isEqualTo(path(flight));
    assertThat(reply.header("Albatross-Position")).matches("\\d+");
    assertThat(flight.fieldNames()).containsExactlyInAnyOrder(FLIGHT_FIELDS);
    assertThat(flight.getString("status")).isEqualTo("IN_PROGRESS");
    assertThat(flight.getString("flightNumber")).isEqualTo("BAW117");
    assertThat(flight.getString("departure")).isEqualTo("EGLL");
    assertThat(flight.getString("pilotId")).isEqualTo(pilot.id());
    assertThat(flight.getValue("lastPosition")).isNull();
    assertThat(readAfter(pilot, path(flight), reply)).isEqualTo(flight);
  }

  @Test
  @DisplayName("a start is validated as a PIREP is, airports against the database; a platform admin has no airline")
  void startRules() {
    pilot.post("/api/flights", plan().put("departure", "ZZZZ").put("arrival", "EG").put("client", ""))
        .expectInvalid("departure", "arrival", "client");
    assertThat(pilot.post("/api/flights", plan().put("departure", "ZZZZ")).expectProblem(400)
        .getJsonArray("errors").getJsonObject(0).getString("message")).isEqualTo("unknown airport");
    app().admin().post("/api/flights", plan()).expectProblem(403);
  }

  @Test
  @DisplayName("the same Idempotency-Key starts one flight: a retry answers it again")
  void idempotent() {
    MultiMap key = MultiMap.caseInsensitiveMultiMap().add("Idempotency-Key", "start-" + Math.random());
    JsonObject first = pilot.post("/api/flights", plan(), key).expect(201);
    Reply again = pilot.post("/api/flights", plan(), MultiMap.caseInsensitiveMultiMap().addAll(key));

    assertThat(again.status()).isIn(200, 201);
    assertThat(again.json().getString("id")).isEqualTo(first.getString("id"));
  }

  @Test
  @DisplayName("positions: 202 with accepted and duplicates; repeats and out-of-order batches make one track in seq order")
  void positions() {
    JsonObject flight = start(pilot);

    JsonObject late = pilot.post(path(flight) + "/positions", batch(10, 20)).expect(202);
    JsonObject early = pilot.post(path(flight) + "/positions", batch(0, 12)).expect(202);
    Reply repeat = pilot.post(path(flight) + "/positions", batch(5, 15));

    assertThat(late).isEqualTo(new JsonObject().put("accepted", 10).put("duplicates", 0));
    assertThat(early).isEqualTo(new JsonObject().put("accepted", 10).put("duplicates", 2));
    assertThat(repeat.expect(202)).isEqualTo(new JsonObject().put("accepted", 0).put("duplicates", 10));
    assertThat(repeat.header("Albatross-Position")).matches("\\d+");
    JsonArray track = pilot.get(path(flight) + "/track").expect(200).getJsonArray("items");
    assertThat(track).hasSize(20);
    assertThat(IntStream.range(0, 20).mapToObj(i -> track.getJsonObject(i).getInteger("seq")).toList())
        .isEqualTo(IntStream.range(0, 20).boxed().toList());
    assertThat(track.getJsonObject(3)).isEqualTo(cruising(3));
    JsonObject read = readAfter(pilot, path(flight), repeat);
    assertThat(read.getJsonObject("lastPosition")).isEqualTo(cruising(19));
    assertThat(read.getDouble("distanceFlownNm"))
        .isCloseTo(GreatCircle.distanceNm(51, -1, 51, -0.981), org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  @DisplayName("a batch with one bad position is refused whole, each bad field named positions[i].field")
  void allOrNothing() {
    JsonObject flight = start(pilot);
    JsonObject bad = cruising(1).put("lat", 91).put("groundSpeedKt", "fast");

    pilot.post(path(flight) + "/positions", batch(List.of(cruising(0), bad, cruising(2).putNull("at"))))
        .expectInvalid("positions[1].lat", "positions[1].groundSpeedKt", "positions[2].at");
    pilot.post(path(flight) + "/positions", batch(List.of())).expectInvalid("positions");
    pilot.post(path(flight) + "/positions", batch(0, 501)).expectInvalid("positions");
    pilot.post(path(flight) + "/positions", new JsonObject()).expectInvalid("positions");

    assertThat(pilot.get(path(flight) + "/track").expect(200).getJsonArray("items")).isEmpty();
    assertThat(pilot.post(path(flight) + "/positions", batch(0, 500)).expect(202).getInteger("accepted"))
        .isEqualTo(500);
  }

  @Test
  @DisplayName("another airline's flight is not found; another pilot's is forbidden to fly, open to see")
  void whoMay() {
    JsonObject flight = start(pilot);
    String path = path(flight);
    pilot.getUntil(path, r -> r.status() == 200);

    stranger.get(path).expectProblem(404);
    stranger.get(path + "/track").expectProblem(404);
    stranger.post(path + "/positions", batch(0, 1)).expectProblem(404);
    stranger.post(path + "/file", new JsonObject()).expectProblem(404);
    stranger.post(path + "/cancel").expectProblem(404);
    otherPilot.post(path + "/positions", batch(0, 1)).expectProblem(403);
    otherPilot.post(path + "/file", new JsonObject()).expectProblem(403);
    otherPilot.post(path + "/cancel").expectProblem(403);
    assertThat(otherPilot.get(path).expect(200).getString("id")).isEqualTo(flight.getString("id"));
    otherPilot.get(path + "/track").expect(200);
    pilot.get("/api/flights/" + java.util.UUID.randomUUID()).expectProblem(404);
    assertThat(pilot.get(path + "/track").expect(200).getJsonArray("items")).isEmpty();
  }

  @Test
  @DisplayName("cancel: the pilot or the airline's admin; then the flight takes no more positions (409)")
  void cancel() {
    JsonObject mine = start(pilot);
    JsonObject byAdmin = start(pilot);

    JsonObject cancelled = pilot.post(path(mine) + "/cancel").expect(200);
    assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");
    assertThat(admin.post(path(byAdmin) + "/cancel").expect(200).getString("status")).isEqualTo("CANCELLED");
    pilot.post(path(mine) + "/positions", batch(0, 1)).expectProblem(409);
    pilot.post(path(mine) + "/file", new JsonObject()).expectProblem(409);
  }

  @Test
  @DisplayName("filing makes an ACARS PIREP with distance, flight time and landing rate from the track; the flight is FILED")
  void files() {
    JsonObject flight = start(pilot);
    pilot.post(path(flight) + "/positions", batch(flownTrack(Duration.ofSeconds(1)))).expect(202);

    Reply reply = pilot.post(path(flight) + "/file", new JsonObject().put("fuelUsedKg", 4200));

    JsonObject pirep = reply.expect(201);
    assertThat(reply.header("Location")).isEqualTo("/api/pireps/" + pirep.getString("id"));
    assertThat(pirep.getString("source")).isEqualTo("ACARS");
    assertThat(pirep.getString("flightId")).isEqualTo(flight.getString("id"));
    assertThat(pirep.getString("status")).isEqualTo("SUBMITTED");
    assertThat(pirep.getInteger("flightTimeMinutes")).isEqualTo(90);
    assertThat(pirep.getInteger("landingRateFpm")).isEqualTo(-140);
    assertThat(pirep.getInteger("distanceNm")).isEqualTo((int) Math.round(GreatCircle.distanceNm(51, 0, 51, 1.01)));
    assertThat(pirep.getInteger("fuelUsedKg")).isEqualTo(4200);
    assertThat(pirep.getString("departure")).isEqualTo("EGLL");
    JsonObject filed = readAfter(pilot, path(flight), reply);
    assertThat(filed.getString("status")).isEqualTo("FILED");
    assertThat(filed.getString("pirepId")).isEqualTo(pirep.getString("id"));
    assertThat(readAfter(pilot, "/api/pireps/" + pirep.getString("id"), reply).getString("source")).isEqualTo("ACARS");
    pilot.post(path(flight) + "/positions", batch(200, 201)).expectProblem(409);
  }

  @Test
  @DisplayName("a filed flight's PIREP names it as flightId when read, listed, and heard live; a PIREP filed as such names none")
  void pirepNamesItsFlight() throws Exception {
    String address = "tenant." + airline.getString("id") + ".pireps";
    LiveClient watcher = LiveClient.connect(app().vertx(), app().port());
    watcher.register(address, new JsonObject().put("Authorization", admin.authorization()));
    watcher.awaitQuiet();
    JsonObject flight = start(pilot);
    pilot.post(path(flight) + "/positions", batch(flownTrack(Duration.ofSeconds(1)))).expect(202);

    Reply filing = pilot.post(path(flight) + "/file", new JsonObject());

    String pirepPath = "/api/pireps/" + filing.expect(201).getString("id");
    String flightId = flight.getString("id");
    assertThat(readAfter(pilot, pirepPath, filing).getString("flightId")).isEqualTo(flightId);
    assertThat(admin.getAll("/api/pireps?pilotId=" + pilot.id())).filteredOn(p -> pirepPath.endsWith(p.getString("id")))
        .singleElement().satisfies(p -> assertThat(p.getString("flightId")).isEqualTo(flightId));
    JsonObject heard = awaitPirepFrame(watcher, pirepPath);
    assertThat(heard.getString("type")).isEqualTo("PirepSubmitted");
    assertThat(heard.getJsonObject("pirep").getString("flightId")).isEqualTo(flightId);
    JsonObject submitted = pilot.get(pirepPath + "/history").expect(200).getJsonArray("items").getJsonObject(0);
    assertThat(submitted.getJsonObject("data").getString("flightId")).isEqualTo(flightId);
    JsonObject manual = pilot.filePirep();
    assertThat(manual.containsKey("flightId")).isTrue();
    assertThat(manual.getValue("flightId")).isNull();
    watcher.close();
  }

  @Test
  @DisplayName("a crash landing at -6000 fpm still files, without a landing rate; a client's -6000 fpm is a 400")
  void crashLanding() {
    JsonObject flight = start(pilot);
    pilot.post(path(flight) + "/positions", batch(flownTrack(Duration.ofSeconds(1), -6_000))).expect(202);

    pilot.post(path(flight) + "/file", new JsonObject().put("landingRateFpm", -6_000)).expectInvalid("landingRateFpm");
    JsonObject pirep = pilot.post(path(flight) + "/file", new JsonObject()).expect(201);

    assertThat(pirep.getValue("landingRateFpm")).isNull();
    assertThat(pirep.getInteger("flightTimeMinutes")).isEqualTo(90);
  }

  @Test
  @DisplayName("a hop whose airborne positions span under a minute files as one minute")
  void shortHop() {
    JsonObject flight = start(pilot);
    pilot.post(path(flight) + "/positions", batch(List.of(
        Flights.position(0, Flights.T0, 51, 0, 80, 12, 0, true),
        Flights.position(1, Flights.T0.plusSeconds(10), 51, 0.01, 500, 140, 900, false),
        Flights.position(2, Flights.T0.plusSeconds(25), 51, 0.02, 300, 130, -300, false),
        Flights.position(3, Flights.T0.plusSeconds(26), 51, 0.021, 80, 120, -150, true)))).expect(202);

    JsonObject pirep = pilot.post(path(flight) + "/file", new JsonObject()).expect(201);

    assertThat(pirep.getInteger("flightTimeMinutes")).isEqualTo(1);
    assertThat(pirep.getInteger("landingRateFpm")).isEqualTo(-150);
  }

  @Test
  @DisplayName("a reconnect on the ground after the landing went unseen is not taken as the touchdown")
  void reconnectOnGround() {
    JsonObject flight = start(pilot);
    pilot.post(path(flight) + "/positions", batch(flownTrack(Duration.ofMinutes(5)))).expect(202);

    JsonObject pirep = pilot.post(path(flight) + "/file", new JsonObject()).expect(201);

    assertThat(pirep.getValue("landingRateFpm")).isNull();
    assertThat(pirep.getInteger("flightTimeMinutes")).isEqualTo(90);
  }

  @Test
  @DisplayName("GET /api/flights: the airline's flights in progress by default, newest first, paged, with lastPosition")
  void lists() {
    JsonObject fresh = app().createTenant();
    Caller first = app().newPilot(fresh);
    JsonObject older = start(first);
    JsonObject newer = start(first);
    Reply moved = first.post(path(newer) + "/positions", batch(0, 3));
    JsonObject cancelled = start(first);
    Reply last = first.post(path(cancelled) + "/cancel");
    last.expect(200);
    readAfter(first, path(cancelled), last);
    readAfter(first, path(newer), moved);

    List<JsonObject> live = first.getAll("/api/flights?limit=1");
    assertThat(live).extracting(f -> f.getString("id")).containsExactly(newer.getString("id"), older.getString("id"));
    assertThat(live.get(0).getJsonObject("lastPosition")).isEqualTo(cruising(2));
    assertThat(first.getAll("/api/flights?status=CANCELLED")).extracting(f -> f.getString("id"))
        .containsExactly(cancelled.getString("id"));
    assertThat(first.get("/api/flights?limit=1").expect(200).getString("nextCursor")).isNotNull();
    assertThat(stranger.getAll("/api/flights")).extracting(f -> f.getString("tenantId"))
        .doesNotContain(fresh.getString("id"));
    assertThat(app().admin().getAll("/api/flights?status=CANCELLED")).extracting(f -> f.getString("id"))
        .contains(cancelled.getString("id"));
    first.get("/api/flights?status=FLYING").expectInvalid("status");
  }

  @Test
  @DisplayName("a flight silent for the lost time is LOST, and back IN_PROGRESS when positions resume")
  void lostAndBack() {
    JsonObject flight = start(pilot);
    pilot.post(path(flight) + "/positions", batch(0, 1)).expect(202);

    pilot.getUntil(path(flight), r -> "LOST".equals(r.json().getString("status")), LOST_AFTER.multipliedBy(4));
    assertThat(pilot.getAll("/api/flights?status=LOST")).extracting(f -> f.getString("id"))
        .contains(flight.getString("id"));
    assertThat(app().anonymous().get("/metrics").body()).containsPattern("albatross_flights_marked_lost_total [1-9]");
    Reply resumed = pilot.post(path(flight) + "/positions", batch(1, 2));

    assertThat(resumed.expect(202).getInteger("accepted")).isEqualTo(1);
    assertThat(readAfter(pilot, path(flight), resumed).getString("status")).isEqualTo("IN_PROGRESS");
  }

  @Test
  @DisplayName("a 12-hour flight at one position a second (43,200) is accepted, filed, and its track answered whole")
  void twelveHours() {
    JsonObject flight = start(pilot);
    int total = 43_200;
    for (int from = 0; from < total; from += 500) {
      pilot.post(path(flight) + "/positions", batch(from, Math.min(total, from + 500))).expect(202);
    }

    long started = System.nanoTime();
    JsonArray track = pilot.get(path(flight) + "/track").expect(200).getJsonArray("items");
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(track.size()).isEqualTo(total);
    assertThat(track.getJsonObject(total - 1)).isEqualTo(cruising(total - 1));
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    JsonObject pirep = pilot.post(path(flight) + "/file", new JsonObject()).expect(201);
    assertThat(pirep.getInteger("flightTimeMinutes")).isEqualTo(720);
  }

  @Test
  @DisplayName("live: the airline's clients hear a flight start, move at most once a second with its newest position, and end")
  void live() throws Exception {
    String address = "tenant." + airline.getString("id") + ".flights";
    LiveClient watcher = LiveClient.connect(app().vertx(), app().port());
    LiveClient outsider = LiveClient.connect(app().vertx(), app().port());
    watcher.register(address, new JsonObject().put("Authorization", admin.authorization()));
    outsider.register(address, new JsonObject().put("Authorization", stranger.authorization()));
    assertThat(outsider.awaitFrame("err").getString("body")).isEqualTo("rejected");
    watcher.awaitQuiet();

    long started = System.nanoTime();
    JsonObject flight = start(pilot);
    for (int i = 0; i < 10; i++) {
      pilot.post(path(flight) + "/positions", batch(i * 10, i * 10 + 10)).expect(202);
    }
    Duration posting = Duration.ofNanos(System.nanoTime() - started);
    JsonObject lastMove = awaitBody(watcher, "FlightMoved", 99);
    pilot.post(path(flight) + "/cancel").expect(200);
    awaitBody(watcher, "FlightCancelled", -1);

    // other tests' flights of this airline may still be heard late: this test's flight is the one at hand
    List<JsonObject> bodies = watcher.frames("rec").stream().map(f -> f.getJsonObject("body"))
        .filter(b -> flight.getString("id").equals(b.getJsonObject("flight").getString("id"))).toList();
    assertThat(bodies.get(0).getString("type")).isEqualTo("FlightStarted");
    assertThat(bodies.get(bodies.size() - 1).getString("type")).isEqualTo("FlightCancelled");
    long moves = bodies.stream().filter(b -> "FlightMoved".equals(b.getString("type"))).count();
    assertThat(moves).isBetween(1L, posting.toSeconds() + 2);
    assertThat(lastMove.getJsonObject("flight").getString("id")).isEqualTo(flight.getString("id"));
    assertThat(watcher.frames("rec")).allSatisfy(f -> assertThat(f.getString("address")).isEqualTo(address));
    outsider.awaitQuiet();
    assertThat(outsider.frames("rec")).isEmpty();
    watcher.close();
    outsider.close();
  }

  /** The body of the first frame about the PIREP at {@code pirepPath} (other tests file theirs meanwhile), within 5 s. */
  private static JsonObject awaitPirepFrame(LiveClient client, String pirepPath) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonObject frame : client.frames("rec")) {
        JsonObject body = frame.getJsonObject("body");
        if (pirepPath.endsWith(body.getJsonObject("pirep").getString("id"))) {
          return body;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError(pirepPath + " not heard of within 5 s; frames: " + client.frames("rec"));
  }

  /** The body of the first frame of {@code type} (whose newest position has {@code seq}, unless -1), within 5 s. */
  private static JsonObject awaitBody(LiveClient client, String type, int seq) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < deadline) {
      for (JsonObject frame : client.frames("rec")) {
        JsonObject body = frame.getJsonObject("body");
        JsonObject last = body.getJsonObject("flight").getJsonObject("lastPosition");
        if (type.equals(body.getString("type")) && (seq < 0 || (last != null && last.getInteger("seq") == seq))) {
          return body;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError(type + " not heard within 5 s; frames: " + client.frames("rec"));
  }
}
