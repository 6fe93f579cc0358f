package dev.albatross.verticle;

import dev.albatross.domain.app.Addresses;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.json.JsonObject;

/**
 * Forwards live notifications (from this process's projections, or from Redis) to the event-bus
 * addresses that bridge clients register on.
 */
public final class BridgeVerticle extends VerticleBase {
  @Override
  public Future<?> start() {
    return vertx.eventBus().<JsonObject>consumer(Addresses.NOTIFICATIONS, message -> {
      JsonObject notification = message.body();
      vertx.eventBus().publish(notification.getString("address"), notification.getJsonObject("body"));
    }).completion();
  }
}
