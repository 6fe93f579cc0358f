package dev.albatross.command;

import dev.albatross.adapter.codec.CommandCodec;
import dev.albatross.adapter.codec.CommandCodec.Envelope;
import dev.albatross.domain.app.CommandOutcome;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageCodec;
import java.util.function.Function;

/**
 * Commands, their outcomes and their refusals on the event bus: handed over as they are within a
 * process (all are immutable); commands and outcomes as protobuf ({@link CommandCodec}) wherever
 * they would cross a wire.
 */
public final class BusCodecs {
  static final MessageCodec<Envelope, Envelope> COMMANDS =
      new Protobuf<>("albatross.command", e -> CommandCodec.encode(e.context(), e.command()), CommandCodec::decode);
  static final MessageCodec<CommandOutcome, CommandOutcome> OUTCOMES =
      new Protobuf<>("albatross.command-outcome", CommandCodec::encode, CommandCodec::decodeOutcome);

  private BusCodecs() {}

  /** Registers the codecs on {@code bus}, once however many command buses share it. */
  public static void register(EventBus bus) {
    registerOnce(bus, Envelope.class, COMMANDS);
    registerOnce(bus, CommandOutcome.class, OUTCOMES);
    registerOnce(bus, CommandFailures.Refused.class, CommandFailures.CODEC);
  }

  private static <T> void registerOnce(EventBus bus, Class<T> type, MessageCodec<T, T> codec) {
    try {
      bus.registerDefaultCodec(type, codec);
    } catch (IllegalStateException alreadyRegistered) {
      // another command bus of this Vert.x registered it
    }
  }

  /** The object itself within the process; its protobuf bytes, length first, on a wire. */
  private static final class Protobuf<T> implements MessageCodec<T, T> {
    private final String name;
    private final Function<T, byte[]> encode;
    private final Function<byte[], T> decode;

    Protobuf(String name, Function<T, byte[]> encode, Function<byte[], T> decode) {
      this.name = name;
      this.encode = encode;
      this.decode = decode;
    }

    @Override
    public void encodeToWire(Buffer buffer, T value) {
      byte[] bytes = encode.apply(value);
      buffer.appendInt(bytes.length).appendBytes(bytes);
    }

    @Override
    public T decodeFromWire(int pos, Buffer buffer) {
      int length = buffer.getInt(pos);
      return decode.apply(buffer.getBytes(pos + 4, pos + 4 + length));
    }

    @Override
    public T transform(T value) {
      return value;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public byte systemCodecID() {
      return -1;
    }
  }
}
