package dev.albatross.http;

import dev.albatross.bus.Addresses;
import dev.albatross.domain.port.FeedPosition;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;

/**
 * Forwards live notifications (from this process's projections, or from Redis) to the event-bus
 * addresses that bridge clients register on, after the gateway's PIREP copies heard them; tells
 * the reads waiting for a position how far the projections got.
 */
public final class BridgeVerticle extends VerticleBase {
  private final PirepNearCache near;
  private final ReadConsistency reads;
  private final Runnable resync;
  private boolean deaf;

  /** {@code resync} tells live clients to refetch: what they missed while notifications were not heard. */
  public BridgeVerticle(PirepNearCache near, ReadConsistency reads, Runnable resync) {
    this.near = near;
    this.reads = reads;
    this.resync = resync;
  }

  private void hearing(boolean hears) {
    near.hearing(hears);
    if (hears && deaf) {
      resync.run();
    }
    deaf = !hears;
  }

  @Override
  public Future<?> start() {
    return vertx.eventBus().<Boolean>consumer(Addresses.HEARING_NOTIFICATIONS, message -> hearing(message.body()))
        .completion()
        .compose(v -> vertx.eventBus().<JsonObject>consumer(Addresses.NOTIFICATIONS, message -> {
          JsonObject notification = message.body();
          String address = notification.getString("address");
          JsonObject body = notification.getJsonObject("body");
          if (Addresses.PROJECTED.equals(address)) {
            reads.reached(LiveMessages.reached(body));
            return;
          }
          near.heard(notification);
          vertx.eventBus().publish(address, body);
        }).completion());
  }
}
