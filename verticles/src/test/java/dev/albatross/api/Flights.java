package dev.albatross.api;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** What the live-flight tests send: a flight plan, positions, batches, tracks. */
final class Flights {
  static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private Flights() {}

  static JsonObject plan() {
    return new JsonObject().put("flightNumber", "baw117").put("departure", "egll").put("arrival", "KJFK")
        .put("aircraftType", "B77W").put("client", "TestACARS 1.0");
  }

  /** Cruising east along 51 N, one position a second, a thousandth of a degree apart. */
  static JsonObject cruising(int seq) {
    return position(seq, T0.plusSeconds(seq), 51, -1 + seq / 1000.0, 35_000, 480, 0, false);
  }

  static JsonObject position(int seq, Instant at, double lat, double lon, int altitudeFt, int groundSpeedKt,
      int verticalSpeedFpm, Boolean onGround) {
    return new JsonObject().put("seq", seq).put("at", at.toString()).put("lat", lat).put("lon", lon)
        .put("altitudeFt", altitudeFt).put("headingDeg", 90.0).put("groundSpeedKt", groundSpeedKt)
        .put("verticalSpeedFpm", verticalSpeedFpm).put("onGround", onGround);
  }

  static JsonObject batch(List<JsonObject> positions) {
    return new JsonObject().put("positions", new JsonArray(List.copyOf(positions)));
  }

  static JsonObject batch(int from, int to) {
    return batch(IntStream.range(from, to).mapToObj(Flights::cruising).toList());
  }

  static String path(JsonObject flight) {
    return "/api/flights/" + flight.getString("id");
  }

  /** The flight as read after {@code write}, whose position the read waits for. */
  static JsonObject readAfter(Caller who, String path, Reply write) {
    MultiMap headers = MultiMap.caseInsensitiveMultiMap()
        .add("Albatross-Min-Position", write.header("Albatross-Position"));
    return Caller.await(who.send(HttpMethod.GET, path, headers, null)).expect(200);
  }

  /**
   * A taxi, 91 airborne positions a minute apart (90 minutes) from 0 E to 0.9 E along 51 N, and an
   * on-ground position {@code touchdownAfter} the last airborne one, at 1.01 E, sinking at 140 fpm.
   */
  static List<JsonObject> flownTrack(Duration touchdownAfter) {
    return flownTrack(touchdownAfter, -140);
  }

  /** {@link #flownTrack(Duration)}, touching down at {@code touchdownFpm}. */
  static List<JsonObject> flownTrack(Duration touchdownAfter, int touchdownFpm) {
    List<JsonObject> track = new ArrayList<>();
    track.add(position(0, T0, 51, 0, 80, 12, 0, true));
    for (int i = 0; i <= 90; i++) {
      track.add(position(1 + i, T0.plusSeconds(60L * (i + 1)), 51, i / 100.0, 20_000, 400, i == 90 ? -600 : 0, false));
    }
    Instant landed = T0.plusSeconds(60L * 91).plus(touchdownAfter);
    track.add(position(92, landed, 51, 1.01, 80, 130, touchdownFpm, true));
    return track;
  }
}
