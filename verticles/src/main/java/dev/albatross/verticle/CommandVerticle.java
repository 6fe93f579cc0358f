package dev.albatross.verticle;

import dev.albatross.domain.app.Addresses;
import dev.albatross.domain.app.CommandService;
import dev.albatross.domain.codec.CommandCodec;
import dev.albatross.domain.error.DomainException;
import dev.albatross.command.CommandFailures;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Takes commands from the event bus, runs them, and replies with the target stream's events. */
public final class CommandVerticle extends VerticleBase {
  private static final Logger LOG = LoggerFactory.getLogger(CommandVerticle.class);
  public static final int UNEXPECTED = 500;

  private final CommandService commands;

  public CommandVerticle(CommandService commands) {
    this.commands = commands;
  }

  @Override
  public Future<?> start() {
    return vertx.eventBus().<Buffer>consumer(Addresses.COMMANDS, this::handle).completion();
  }

  private void handle(Message<Buffer> message) {
    Future<Buffer> reply;
    try {
      var envelope = CommandCodec.decode(message.body().getBytes());
      reply = commands.handle(envelope.context(), envelope.command()).map(o -> Buffer.buffer(CommandCodec.encode(o)));
    } catch (RuntimeException e) {
      reply = Future.failedFuture(e);
    }
    reply.onSuccess(message::reply).onFailure(failure -> {
      if (failure instanceof DomainException refusal) {
        message.fail(CommandFailures.REFUSED, CommandFailures.encode(refusal));
      } else {
        LOG.error("Command failed", failure);
        message.fail(UNEXPECTED, "unexpected failure");
      }
    });
  }
}
