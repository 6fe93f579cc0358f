package dev.albatross.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An ACARS client as the flights phase needs it: starts flights and posts position batches to
 * one gateway, asynchronously. Every batch is a flight cruising east at FL350, one position a
 * second, {@code seq} counting from 0; the body is built for each batch, as a client would.
 */
final class FlightClient implements AutoCloseable {
  /** The flight every start sends. */
  static final String FLIGHT_JSON = "{\"flightNumber\":\"ALB456\",\"departure\":\"EGLL\",\"arrival\":\"KJFK\","
      + "\"aircraftType\":\"B738\",\"client\":\"albatross-bench\"}";
  private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

  private final WebClient client;
  private final int port;
  private final String token;

  FlightClient(Vertx vertx, int port, String token, int connections) {
    this.client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(connections));
    this.port = port;
    this.token = token;
  }

  /** Starts {@code count} flights, {@code inFlight} at a time; answers their ids. */
  List<String> start(int count, int inFlight) {
    List<String> ids = new ArrayList<>();
    for (int from = 0; from < count; from += inFlight) {
      List<Future<String>> starts = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + inFlight); i++) {
        starts.add(startOne());
      }
      for (Future<String> s : starts) {
        ids.add(LiveProbe.await(s));
      }
    }
    return ids;
  }

  private Future<String> startOne() {
    return client.post(port, "127.0.0.1", "/api/flights").putHeader("Authorization", "Bearer " + token)
        .putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(FLIGHT_JSON))
        .map(r -> expect(r, 201, "POST /api/flights").bodyAsJsonObject().getString("id"));
  }

  /** Posts positions {@code firstSeq} to {@code firstSeq + size - 1} of {@code flightId}; answers how many were accepted. */
  Future<Integer> post(String flightId, int firstSeq, int size) {
    return client.post(port, "127.0.0.1", "/api/flights/" + flightId + "/positions")
        .putHeader("Authorization", "Bearer " + token).putHeader("Content-Type", "application/json")
        .sendBuffer(Buffer.buffer(batch(firstSeq, size)))
        .map(r -> expect(r, 202, "POST positions").bodyAsJsonObject().getInteger("accepted"));
  }

  /** The track's answer time in milliseconds, after checking it holds {@code expected} positions. */
  Future<Double> trackMs(String flightId, int expected) {
    long began = System.nanoTime();
    return client.get(port, "127.0.0.1", "/api/flights/" + flightId + "/track")
        .putHeader("Authorization", "Bearer " + token).send().map(r -> {
          double ms = (System.nanoTime() - began) / 1e6;
          int size = expect(r, 200, "GET track").bodyAsJsonObject().getJsonArray("items").size();
          if (size != expected) {
            throw new IllegalStateException("the track holds " + size + " positions, not " + expected);
          }
          return ms;
        });
  }

  static String batch(int firstSeq, int size) {
    StringBuilder body = new StringBuilder(size * 190).append("{\"positions\":[");
    for (int seq = firstSeq; seq < firstSeq + size; seq++) {
      if (seq > firstSeq) {
        body.append(',');
      }
      body.append(position(seq));
    }
    return body.append("]}").toString();
  }

  /** Position {@code seq}: a second after the one before, 0.002 degrees further east (about 450 kt). */
  static String position(int seq) {
    return new JsonObject().put("seq", seq).put("at", EPOCH.plusSeconds(seq).toString())
        .put("lat", 51.5).put("lon", -179.0 + (seq % 150_000) * 0.002).put("altitudeFt", 35_000)
        .put("headingDeg", 90.0).put("groundSpeedKt", 450).put("verticalSpeedFpm", 0).put("onGround", false)
        .encode();
  }

  private static HttpResponse<Buffer> expect(HttpResponse<Buffer> r, int status, String what) {
    if (r.statusCode() != status) {
      throw new IllegalStateException(what + " answered " + r.statusCode() + ": " + r.bodyAsString());
    }
    return r;
  }

  @Override
  public void close() {
    client.close();
  }
}
