package dev.albatross.simulator;

import dev.albatross.adapter.tsv.TsvAirports;
import dev.albatross.domain.model.airport.Airport;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.flight.PositionBatch;
import dev.albatross.domain.model.flight.RouteFlyer;
import dev.albatross.domain.model.flight.SimulatedRoute;
import dev.albatross.domain.port.Airports;
import dev.albatross.http.FlightJson;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The ACARS simulator: flies {@code --flights} aircraft along the great circle between two
 * airports ({@link RouteFlyer}), each starting its flight through the API, posting its positions
 * in batches as a client would (every real second, the positions of {@code --speedup} simulated
 * seconds), and filing it once parked at the arrival gate.
 */
public final class Simulator {
  private static final long TICK_MS = 1000;

  private final Vertx vertx;
  private final WebClient web;
  private final SimulateOptions options;

  private Simulator(Vertx vertx, SimulateOptions options) {
    this.vertx = vertx;
    this.web = WebClient.create(vertx);
    this.options = options;
  }

  /** Runs {@code simulate} with its arguments; answers how many flights were filed. */
  public static Future<Integer> run(Vertx vertx, List<String> args) {
    SimulateOptions options;
    try {
      options = SimulateOptions.parse(args);
    } catch (IllegalArgumentException e) {
      return Future.failedFuture(new IllegalArgumentException(e.getMessage() + "\n" + SimulateOptions.USAGE));
    }
    Simulator simulator = new Simulator(vertx, options);
    return TsvAirports.load(vertx).compose(simulator::flyAll).eventually(() -> {
      simulator.web.close();
      return Future.succeededFuture();
    });
  }

  private Future<Integer> flyAll(Airports airports) {
    Airport from = airport(airports, options.from());
    Airport to = airport(airports, options.to());
    Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Future<JsonObject>> flights = new ArrayList<>();
    for (int n = 0; n < options.flights(); n++) {
      SimulatedRoute route = new SimulatedRoute(from, to, 35_000 + 1_000 * (n % 6), 470 + 5 * (n % 5), 140, n, start);
      flights.add(fly(n, route));
    }
    return Future.all(flights).map(done -> flights.size());
  }

  private static Airport airport(Airports airports, String icao) {
    return airports.byIcao(icao).orElseThrow(() -> new IllegalArgumentException("unknown airport " + icao));
  }

  private Future<JsonObject> fly(int n, SimulatedRoute route) {
    JsonObject plan = new JsonObject().put("flightNumber", "SIM" + (n + 1)).put("departure", options.from())
        .put("arrival", options.to()).put("aircraftType", "B77W").put("client", "albatross simulate");
    return post("/api/flights", plan, 201).compose(flight -> {
      String path = "/api/flights/" + flight.getString("id");
      System.out.printf("simulate: flight %s %s %s-%s started (%.0f NM)%n", plan.getString("flightNumber"),
          flight.getString("id"), options.from(), options.to(), route.distanceNm());
      Promise<Void> landed = Promise.promise();
      tick(path, new RouteFlyer(route), landed);
      return landed.future().compose(v -> post(path + "/file", new JsonObject(), 201)).onSuccess(pirep ->
          System.out.printf("simulate: flight %s filed as PIREP %s: %d min, %s NM, landing %s fpm%n",
              plan.getString("flightNumber"), pirep.getString("id"), pirep.getInteger("flightTimeMinutes"),
              pirep.getValue("distanceNm"), pirep.getValue("landingRateFpm")));
    });
  }

  /** Posts the next {@code --speedup} seconds of the flight, then waits for the rest of the real second. */
  private void tick(String path, RouteFlyer flyer, Promise<Void> landed) {
    long began = System.currentTimeMillis();
    postSeconds(path, flyer, options.speedup()).onComplete(done -> {
      if (done.failed()) {
        landed.fail(done.cause());
      } else if (!flyer.hasNext()) {
        landed.complete();
      } else {
        long rest = TICK_MS - (System.currentTimeMillis() - began);
        vertx.setTimer(Math.max(1, rest), id -> tick(path, flyer, landed));
      }
    });
  }

  /** Posts up to {@code seconds} positions, a batch of at most 500 after the other. */
  private Future<Void> postSeconds(String path, RouteFlyer flyer, int seconds) {
    JsonArray batch = new JsonArray();
    while (flyer.hasNext() && batch.size() < Math.min(seconds, PositionBatch.MAX_SIZE)) {
      Position p = flyer.next();
      batch.add(FlightJson.position(p));
    }
    if (batch.isEmpty()) {
      return Future.succeededFuture();
    }
    int left = seconds - batch.size();
    return post(path + "/positions", new JsonObject().put("positions", batch), 202)
        .compose(answer -> left > 0 ? postSeconds(path, flyer, left) : Future.succeededFuture());
  }

  private Future<JsonObject> post(String path, JsonObject body, int expected) {
    return web.postAbs(options.base() + path).putHeader("X-API-Key", options.key())
        .sendJsonObject(body).compose(response -> answer(path, response, expected));
  }

  private static Future<JsonObject> answer(String path, HttpResponse<Buffer> response, int expected) {
    if (response.statusCode() != expected) {
      return Future.failedFuture(new IllegalStateException(
          "POST " + path + " answered " + response.statusCode() + ": " + response.bodyAsString()));
    }
    return Future.succeededFuture(response.bodyAsJsonObject());
  }
}
