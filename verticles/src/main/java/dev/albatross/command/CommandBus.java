package dev.albatross.command;

import dev.albatross.domain.app.Actor;
import dev.albatross.domain.app.Addresses;
import dev.albatross.domain.app.CommandContext;
import dev.albatross.domain.app.CommandOutcome;
import dev.albatross.domain.codec.CommandCodec;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Sends a command to a CommandVerticle over the event bus and turns the reply back into an outcome. */
public final class CommandBus {
  private static final DeliveryOptions DELIVERY = new DeliveryOptions().setSendTimeout(10_000);

  private final Vertx vertx;
  private final Clock clock;

  public CommandBus(Vertx vertx, Clock clock) {
    this.vertx = vertx;
    this.clock = clock;
  }

  public Future<CommandOutcome> send(Actor actor, UUID correlationId, Object command) {
    CommandContext ctx = new CommandContext(UUID.randomUUID(), actor, now(), correlationId);
    Buffer body = Buffer.buffer(CommandCodec.encode(ctx, command));
    return vertx.eventBus().<Buffer>request(Addresses.COMMANDS, body, DELIVERY)
        .map(reply -> CommandCodec.decodeOutcome(reply.body().getBytes()))
        .recover(failure -> Future.failedFuture(CommandFailures.decode(failure)));
  }

  /** Times in events are kept to the millisecond, the precision every store keeps them at. */
  public java.time.Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
