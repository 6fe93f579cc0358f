package dev.albatross.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Live latency across processes: PIREPs are submitted to gateway 1 at a fixed rate, and a bridge
 * client on gateway 2 times each one from the submit's 201 response to its {@code rec} frame.
 */
final class LiveProbe {
  private final Vertx vertx;
  private final int submitPort;
  private final int bridgePort;
  private final String token;
  private final String address;

  LiveProbe(Vertx vertx, int submitPort, int bridgePort, String token, String tenantId) {
    this.vertx = vertx;
    this.submitPort = submitPort;
    this.bridgePort = bridgePort;
    this.token = token;
    this.address = "tenant." + tenantId + ".pireps";
  }

  /** One run of {@code seconds} at {@code rate} submits per second; waits up to 5 s for stragglers. */
  Latency run(int rate, int seconds) {
    Latency latency = new Latency();
    Pairs pairs = new Pairs(latency);
    AtomicReference<String> error = new AtomicReference<>();
    WebSocket ws = connect(vertx, bridgePort);
    ws.handler(frame -> onFrame(frame, pairs, error));
    long pinger = register(vertx, ws, address, token);
    WebClient client = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true),
        new PoolOptions().setHttp1MaxSize(32));
    Bench.sleep(500);
    AtomicLong failed = new AtomicLong();
    long total = paced(vertx, rate, seconds, () -> submit(client, pairs, failed), () -> latency.count() + failed.get());
    vertx.cancelTimer(pinger);
    latency.lost(total - latency.count());
    ws.close();
    client.close();
    if (error.get() != null) {
      throw new IllegalStateException("bridge refused the client: " + error.get());
    }
    if (failed.get() > 0) {
      Bench.log("live: %d submits failed", failed.get());
    }
    return latency;
  }

  /** Registers {@code ws} on {@code address} with {@code token}; answers the timer of its pings, to cancel. */
  static long register(Vertx vertx, WebSocket ws, String address, String token) {
    ws.writeTextMessage(new JsonObject().put("type", "register").put("address", address)
        .put("headers", new JsonObject().put("Authorization", "Bearer " + token)).encode());
    return vertx.setPeriodic(5000, id -> ws.writeTextMessage("{\"type\":\"ping\"}"));
  }

  /**
   * Calls {@code send} {@code rate} times a second for {@code seconds}, from an event loop, then
   * waits up to 5 s more until {@code finished} counts every one; answers how many were sent.
   */
  static long paced(Vertx vertx, int rate, int seconds, Runnable send, LongSupplier finished) {
    AtomicLong sent = new AtomicLong();
    long start = System.nanoTime();
    long total = (long) rate * seconds;
    long ticker = vertx.setPeriodic(1, id -> {
      long due = Math.min(total, (System.nanoTime() - start) * rate / 1_000_000_000L);
      while (sent.get() < due) {
        sent.incrementAndGet();
        send.run();
      }
    });
    long deadline = start + Duration.ofSeconds(seconds + 5L).toNanos();
    while (System.nanoTime() < deadline && (sent.get() < total || finished.getAsLong() < total)) {
      Bench.sleep(50);
    }
    vertx.cancelTimer(ticker);
    return total;
  }

  /** The bridge's WebSocket; a connection closed during the handshake is tried again, up to three times. */
  static WebSocket connect(Vertx vertx, int bridgePort) {
    for (int attempt = 1; ; attempt++) {
      try {
        return await(vertx.createWebSocketClient().connect(bridgePort, "127.0.0.1", "/api/ws/websocket"));
      } catch (IllegalStateException e) {
        if (attempt == 3) {
          throw e;
        }
        Bench.log("live: bridge connection attempt %d failed (%s), trying again", attempt, e.getMessage());
        Bench.sleep(1000);
      }
    }
  }

  private void submit(WebClient client, Pairs pairs, AtomicLong failed) {
    client.post(submitPort, "127.0.0.1", "/api/pireps").putHeader("Authorization", "Bearer " + token)
        .putHeader("Content-Type", "application/json").sendBuffer(Buffer.buffer(Bench.PIREP_JSON))
        .onComplete(done -> {
          long now = System.nanoTime();
          if (done.failed() || done.result().statusCode() != 201) {
            failed.incrementAndGet();
            return;
          }
          pairs.responded(done.result().bodyAsJsonObject().getString("id"), now);
        });
  }

  private static void onFrame(Buffer frame, Pairs pairs, AtomicReference<String> error) {
    long now = System.nanoTime();
    JsonObject body = body(frame, "PirepSubmitted", error);
    if (body != null) {
      pairs.framed(body.getJsonObject("pirep").getString("id"), now);
    }
  }

  /** The body of a {@code rec} frame of notification {@code type}, else null; an {@code err} frame goes to {@code error}. */
  static JsonObject body(Buffer frame, String type, AtomicReference<String> error) {
    JsonObject json = frame.toJsonObject();
    if ("err".equals(json.getString("type"))) {
      error.set(json.encode());
      return null;
    }
    JsonObject body = json.getJsonObject("body");
    return "rec".equals(json.getString("type")) && body != null && type.equals(body.getString("type")) ? body : null;
  }

  static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("failed: " + e, e);
    }
  }
}
