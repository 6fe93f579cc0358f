package dev.albatross.command;

import dev.albatross.adapter.codec.CommandCodec;
import dev.albatross.bus.Addresses;
import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.CommandContext;
import dev.albatross.domain.app.CommandOutcome;
import dev.albatross.domain.model.AppCommand;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends a command to a CommandVerticle over the event bus and turns the reply back into an
 * outcome. A command sent from an event loop where a CommandVerticle listens goes to that one,
 * so the request stays on its thread; from anywhere else it goes to any of them.
 */
public final class CommandBus {
  private static final DeliveryOptions DELIVERY = new DeliveryOptions().setSendTimeout(10_000);

  private final Vertx vertx;
  private final Clock clock;
  private final Map<Thread, String> onLoop = new ConcurrentHashMap<>();

  public CommandBus(Vertx vertx, Clock clock) {
    this.vertx = vertx;
    this.clock = clock;
    BusCodecs.register(vertx.eventBus());
  }

  public Future<CommandOutcome> send(Actor actor, UUID correlationId, AppCommand command) {
    CommandContext ctx = new CommandContext(UUID.randomUUID(), actor, now(), correlationId);
    String address = onLoop.getOrDefault(Thread.currentThread(), Addresses.COMMANDS);
    return vertx.eventBus().<CommandOutcome>request(address, new CommandCodec.Envelope(ctx, command), DELIVERY)
        .map(Message::body)
        .recover(failure -> Future.failedFuture(CommandFailures.decode(failure)));
  }

  /** A CommandVerticle on event loop {@code loop} listens on {@code address}: commands sent from that thread go there. */
  public void listensOn(Thread loop, String address) {
    onLoop.put(loop, address);
  }

  public void stopsOn(Thread loop, String address) {
    onLoop.remove(loop, address);
  }

  /** Times in events are kept to the millisecond, the precision every store keeps them at. */
  public java.time.Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
