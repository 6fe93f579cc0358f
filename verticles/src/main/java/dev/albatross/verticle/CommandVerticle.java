package dev.albatross.verticle;

import dev.albatross.adapter.codec.CommandCodec;
import dev.albatross.bus.Addresses;
import dev.albatross.command.CommandBus;
import dev.albatross.command.CommandFailures;
import dev.albatross.domain.app.CommandOutcome;
import dev.albatross.domain.app.CommandService;
import dev.albatross.domain.error.DomainException;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes commands from the event bus, runs them, and replies with the target stream's events.
 * Besides the shared address it listens on one of its own, to which the {@link CommandBus}
 * sends the commands issued on this verticle's event loop.
 */
public final class CommandVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(CommandVerticle.class);

  private final CommandService commands;
  private final CommandBus bus;
  private final String ownAddress = Addresses.COMMANDS + "." + UUID.randomUUID();

  public CommandVerticle(CommandService commands, CommandBus bus) {
    this.commands = commands;
    this.bus = bus;
  }

  @Override
  public Future<?> start() {
    Thread loop = Thread.currentThread();
    return vertx.eventBus().<CommandCodec.Envelope>consumer(Addresses.COMMANDS, this::handle).completion()
        .compose(v -> vertx.eventBus().<CommandCodec.Envelope>localConsumer(ownAddress, this::handle).completion())
        .onSuccess(v -> bus.listensOn(loop, ownAddress));
  }

  @Override
  public Future<?> stop() {
    bus.stopsOn(Thread.currentThread(), ownAddress);
    return Future.succeededFuture();
  }

  private void handle(Message<CommandCodec.Envelope> message) {
    Future<CommandOutcome> reply;
    try {
      CommandCodec.Envelope envelope = message.body();
      reply = commands.handle(envelope.context(), envelope.command());
    } catch (RuntimeException e) {
      reply = Future.failedFuture(e);
    }
    reply.onSuccess(message::reply).onFailure(failure -> {
      if (failure instanceof DomainException refusal) {
        CommandFailures.refuse(message, refusal);
      } else {
        LOG.error("Command failed", failure);
        message.fail(CommandFailures.UNEXPECTED, "unexpected failure");
      }
    });
  }
}
