package dev.albatross.verticle;

import dev.albatross.domain.app.Addresses;
import dev.albatross.http.PirepNearCache;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;

/**
 * Forwards live notifications (from this process's projections, or from Redis) to the event-bus
 * addresses that bridge clients register on, after the gateway's PIREP copies heard them.
 */
public final class BridgeVerticle extends VerticleBase {
  private final PirepNearCache near;

  public BridgeVerticle(PirepNearCache near) {
    this.near = near;
  }

  @Override
  public Future<?> start() {
    return vertx.eventBus().<Boolean>consumer(Addresses.HEARING_NOTIFICATIONS, message -> near.hearing(message.body()))
        .completion()
        .compose(v -> vertx.eventBus().<JsonObject>consumer(Addresses.NOTIFICATIONS, message -> {
          JsonObject notification = message.body();
          near.heard(notification);
          vertx.eventBus().publish(notification.getString("address"), notification.getJsonObject("body"));
        }).completion());
  }
}
