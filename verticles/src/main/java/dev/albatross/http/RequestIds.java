package dev.albatross.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Each request gets a correlation id, carried into the events it causes and echoed as {@code X-Request-Id}. */
final class RequestIds implements Handler<RoutingContext> {
  private static final String KEY = "albatross.request-id";

  static UUID of(RoutingContext ctx) {
    return ctx.get(KEY);
  }

  @Override
  public void handle(RoutingContext ctx) {
    UUID id = fresh();
    ctx.put(KEY, id);
    ctx.response().putHeader("X-Request-Id", id.toString());
    ctx.next();
  }

  /**
   * A random (version 4) UUID from the event loop's own generator. A correlation id only needs to
   * be unique, not unguessable; {@link UUID#randomUUID()} draws on one SecureRandom whose lock
   * every event loop takes for every request (docs/benchmarks.md has what it cost).
   */
  static UUID fresh() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = random.nextLong() & ~0xF000L | 0x4000L;
    long low = random.nextLong() & ~(0xC000L << 48) | 0x8000L << 48;
    return new UUID(high, low);
  }
}
