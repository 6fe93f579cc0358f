package dev.albatross.bench;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Live flights across processes: every flight posts a batch of {@link #BATCH} positions (one a
 * second) to gateway 1 every {@link #PERIOD_S} seconds, the flights' batches spread evenly over
 * the period, and a bridge client on gateway 2 times each batch from its 202 to the
 * {@code FlightMoved} frame carrying its newest position. Runs continue the same schedule, so a
 * flight's batches stay at least {@link #PERIOD_S} s apart and none waits for the once-a-second
 * limit on a flight's moves.
 */
final class FlightLiveProbe {
  static final int PERIOD_S = 5;
  static final int BATCH = 5;

  private final Vertx vertx;
  private final FlightClient client;
  private final int bridgePort;
  private final String token;
  private final String address;
  private final List<String> flights;
  private final int[] nextSeq;
  private int cursor;

  FlightLiveProbe(Vertx vertx, FlightClient client, int bridgePort, String token, String tenantId,
      List<String> flights) {
    this.vertx = vertx;
    this.client = client;
    this.bridgePort = bridgePort;
    this.token = token;
    this.address = "tenant." + tenantId + ".flights";
    this.flights = flights;
    this.nextSeq = new int[flights.size()];
  }

  /** Batches per second: every flight once a period. */
  int rate() {
    return flights.size() / PERIOD_S;
  }

  /** One run of {@code seconds}; waits up to 5 s for stragglers. */
  Latency run(int seconds) {
    Latency latency = new Latency();
    Pairs pairs = new Pairs(latency);
    AtomicReference<String> error = new AtomicReference<>();
    WebSocket ws = LiveProbe.connect(vertx, bridgePort);
    ws.handler(frame -> onFrame(frame, pairs, error));
    long pinger = LiveProbe.register(vertx, ws, address, token);
    Bench.sleep(500);
    AtomicLong failed = new AtomicLong();
    long total = LiveProbe.paced(vertx, rate(), seconds, () -> post(pairs, failed),
        () -> latency.count() + failed.get());
    vertx.cancelTimer(pinger);
    latency.lost(total - latency.count());
    ws.close();
    if (error.get() != null) {
      throw new IllegalStateException("bridge refused the client: " + error.get());
    }
    if (failed.get() > 0) {
      Bench.log("flights live: %d batches failed", failed.get());
    }
    return latency;
  }

  /** The next flight's next batch; runs on the pacing timer's event loop, which alone moves the cursor. */
  private void post(Pairs pairs, AtomicLong failed) {
    int f = cursor;
    cursor = (cursor + 1) % flights.size();
    int firstSeq = nextSeq[f];
    nextSeq[f] += BATCH;
    String key = flights.get(f) + ":" + (firstSeq + BATCH - 1);
    client.post(flights.get(f), firstSeq, BATCH).onComplete(done -> {
      long now = System.nanoTime();
      if (done.failed()) {
        failed.incrementAndGet();
      } else {
        pairs.responded(key, now);
      }
    });
  }

  /** A FlightMoved frame's key: its flight and the seq of the newest position it carries. */
  private static void onFrame(Buffer frame, Pairs pairs, AtomicReference<String> error) {
    long now = System.nanoTime();
    JsonObject body = LiveProbe.body(frame, "FlightMoved", error);
    if (body != null) {
      JsonObject flight = body.getJsonObject("flight");
      pairs.framed(flight.getString("id") + ":" + flight.getJsonObject("lastPosition").getInteger("seq"), now);
    }
  }
}
