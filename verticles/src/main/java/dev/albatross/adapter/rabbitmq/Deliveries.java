package dev.albatross.adapter.rabbitmq;

import dev.albatross.adapter.rabbitmq.RabbitMqEventSubscriber.Session;
import dev.albatross.domain.port.RecordedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The subscriber's deliveries in hand, in the order they came, and the batch being handled: a
 * batch is what arrived while the one before was handled, and a failed batch goes back to the
 * front. Only the current session's deliveries are ever handed out; a dropped session's are
 * forgotten, its batch too, whenever that ends. Used on the subscriber's context only.
 */
final class Deliveries {

  /** An event delivered in a session, acknowledged by its tag in that session only. */
  record Delivery(Session session, long tag, RecordedEvent event) {}

  private final List<Delivery> waiting = new ArrayList<>();
  private List<Delivery> handling;

  void add(Delivery delivery) {
    waiting.add(delivery);
  }

  /** The next batch of {@code current}'s deliveries, now handled; null while one is or none waits. */
  List<Delivery> nextBatch(Session current) {
    waiting.removeIf(delivery -> delivery.session() != current);
    if (handling != null || waiting.isEmpty()) {
      return null;
    }
    handling = List.copyOf(waiting);
    waiting.clear();
    return handling;
  }

  /**
   * Ends {@code batch}: failed, it waits again ahead of what came meanwhile. Whether it was still
   * the one in hand (not forgotten with its session), and so the next may be handed out.
   */
  boolean finished(List<Delivery> batch, boolean failed) {
    if (handling != batch) {
      return false;
    }
    if (failed) {
      waiting.addAll(0, batch);
    }
    handling = null;
    return true;
  }

  /** Forgets what {@code broken} delivered: the broker delivers it again in another session. */
  void forget(Session broken) {
    waiting.removeIf(d -> d.session() == broken);
    handling = null;
  }

  void clear() {
    waiting.clear();
  }
}
