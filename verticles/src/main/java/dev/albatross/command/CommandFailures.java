package dev.albatross.command;

import dev.albatross.domain.error.DomainException;
import dev.albatross.domain.error.ServiceUnavailable;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageCodec;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.core.eventbus.ReplyFailure;

/**
 * A command's refusal as it crosses the event bus: the refusal itself, with its type and data,
 * handed over inside a failed reply; the HTTP side gets back the very exception the command
 * side threw. Any other failure is a transport problem or an unexpected error.
 */
public final class CommandFailures {
  /** The failure code of a refusal. */
  public static final int REFUSED = 1;
  /** The failure code of anything else the command side could not do. */
  public static final int UNEXPECTED = 500;

  static final MessageCodec<Refused, Refused> CODEC = new LocalCodec();

  private CommandFailures() {}

  /** Fails {@code message} with {@code refusal}, which its sender gets back as it is. */
  public static void refuse(Message<?> message, DomainException refusal) {
    message.reply(new Refused(refusal));
  }

  public static Throwable decode(Throwable failure) {
    if (failure instanceof Refused refused) {
      return refused.refusal();
    }
    if (!(failure instanceof ReplyException reply)) {
      return failure;
    }
    if (reply.failureType() != ReplyFailure.RECIPIENT_FAILURE) {
      return new ServiceUnavailable("The command service did not answer; try again.");
    }
    return new IllegalStateException("command failed: " + reply.getMessage());
  }

  /** A failed reply that carries the refusal as it was thrown. */
  static final class Refused extends ReplyException {
    private final DomainException refusal;

    Refused(DomainException refusal) {
      super(ReplyFailure.RECIPIENT_FAILURE, REFUSED, refusal.detail());
      this.refusal = refusal;
    }

    DomainException refusal() {
      return refusal;
    }
  }

  /**
   * Refusals stay within the process: commands are answered where they are run, by a
   * CommandVerticle on the same Vert.x as the sender, so a refusal is never written to a wire.
   */
  private static final class LocalCodec implements MessageCodec<Refused, Refused> {
    @Override
    public void encodeToWire(Buffer buffer, Refused refused) {
      throw new UnsupportedOperationException("a refusal is handed over within the process only");
    }

    @Override
    public Refused decodeFromWire(int pos, Buffer buffer) {
      throw new UnsupportedOperationException("a refusal is handed over within the process only");
    }

    @Override
    public Refused transform(Refused refused) {
      return refused;
    }

    @Override
    public String name() {
      return "albatross.command-refusal";
    }

    @Override
    public byte systemCodecID() {
      return -1;
    }
  }
}
