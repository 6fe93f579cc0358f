package dev.albatross.adapter.memory;

import dev.albatross.adapter.codec.EventCodec;
import dev.albatross.bus.Addresses;
import dev.albatross.domain.port.EventPublisher;
import dev.albatross.domain.port.EventSubscriber;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * The event bus of one process: the local Vert.x event bus carrying protobuf envelopes. Each
 * subscriber handles one batch at a time, in order; a failed batch is retried after a pause.
 */
public final class InMemoryEventBus implements EventPublisher, EventSubscriber {

  private static final Duration RETRY_PAUSE = Duration.ofMillis(200);

  private final Vertx vertx;

  public InMemoryEventBus(Vertx vertx) {
    this.vertx = vertx;
  }

  @Override
  public Future<Void> publish(List<RecordedEvent> events) {
    for (RecordedEvent e : events) {
      vertx.eventBus().publish(Addresses.EVENTS, Buffer.buffer(EventCodec.envelope(e).toByteArray()));
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> subscribe(Function<List<RecordedEvent>, Future<Void>> handler) {
    SerialDelivery delivery = new SerialDelivery(vertx, handler, RETRY_PAUSE);
    return vertx.eventBus()
        .<Buffer>consumer(Addresses.EVENTS, message -> delivery.offer(EventCodec.recorded(message.body().getBytes())))
        .completion();
  }

  /** Nothing to reconnect: the local event bus does not break. */
  @Override
  public void restart(String reason) {}
}
