package dev.albatross.adapter.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.rabbitmq.Deliveries.Delivery;
import dev.albatross.adapter.rabbitmq.RabbitMqEventSubscriber.Session;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Deliveries: what the subscriber hands out, in order, one batch at a time, one session's only")
class DeliveriesTest {
  private final Session first = new Session(null, null);
  private final Session second = new Session(null, null);
  private final Deliveries deliveries = new Deliveries();

  private Delivery delivered(Session session, long tag) {
    Delivery d = new Delivery(session, tag, null);
    deliveries.add(d);
    return d;
  }

  @Test
  @DisplayName("a batch is everything that waited, and the next waits until it is finished")
  void oneBatchAtATime() {
    Delivery a = delivered(first, 1);
    Delivery b = delivered(first, 2);
    List<Delivery> batch = deliveries.nextBatch(first);
    assertThat(batch).containsExactly(a, b);
    Delivery c = delivered(first, 3);
    assertThat(deliveries.nextBatch(first)).isNull();
    assertThat(deliveries.finished(batch, false)).isTrue();
    assertThat(deliveries.nextBatch(first)).containsExactly(c);
  }

  @Test
  @DisplayName("a failed batch waits again ahead of what came meanwhile")
  void failedBatchFirst() {
    Delivery a = delivered(first, 1);
    List<Delivery> batch = deliveries.nextBatch(first);
    Delivery b = delivered(first, 2);
    assertThat(deliveries.finished(batch, true)).isTrue();
    assertThat(deliveries.nextBatch(first)).containsExactly(a, b);
  }

  @Test
  @DisplayName("a dropped session's deliveries and batch are forgotten; its batch ending later changes nothing")
  void forgetsADroppedSession() {
    delivered(first, 1);
    List<Delivery> old = deliveries.nextBatch(first);
    delivered(first, 2);
    deliveries.forget(first);
    Delivery fresh = delivered(second, 1);
    List<Delivery> batch = deliveries.nextBatch(second);
    assertThat(batch).containsExactly(fresh);
    assertThat(deliveries.finished(old, true)).isFalse();
    assertThat(deliveries.finished(batch, false)).isTrue();
    assertThat(deliveries.nextBatch(second)).isNull();
  }

  @Test
  @DisplayName("only the current session's deliveries are handed out")
  void currentSessionOnly() {
    delivered(first, 1);
    Delivery b = delivered(second, 1);
    assertThat(deliveries.nextBatch(second)).containsExactly(b);
  }
}
