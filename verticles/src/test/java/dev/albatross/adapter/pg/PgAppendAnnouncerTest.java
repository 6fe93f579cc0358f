package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.Async.pause;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnection;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Announcing appends")
class PgAppendAnnouncerTest {
  /** Far wider than the product's, so that a notification per round trip cannot pass for it. */
  private static final Duration SPACING = Duration.ofMillis(50);

  private final Vertx vertx = Vertx.vertx();
  private final AtomicInteger heard = new AtomicInteger();
  private PgTestDatabase db;
  private PgConnection listening;
  private PgAppendAnnouncer announcer;

  @BeforeAll
  void listen() {
    db = PgTestDatabase.createEmpty(vertx);
    listening = await(PgConnection.connect(vertx, db.options()));
    listening.notificationHandler(n -> heard.incrementAndGet());
    await(listening.query("listen " + PgAppendListener.CHANNEL).execute());
    announcer = new PgAppendAnnouncer(vertx, db.pool(), SPACING);
  }

  @AfterAll
  void close() {
    await(listening.close());
    db.close();
    await(vertx.close());
  }

  /** Waits until no notification has arrived for a while; answers how many arrived in all. */
  private int settled() {
    int seen;
    do {
      seen = heard.get();
      pause(Duration.ofMillis(200));
    } while (heard.get() != seen);
    return seen;
  }

  @Test
  @DisplayName("announcements in a burst share notifications spaced apart, and one more announcement is heard")
  void spaced() {
    int before = settled();
    long began = System.nanoTime();
    int announced = 0;
    while (System.nanoTime() - began < Duration.ofMillis(300).toNanos()) {
      announcer.announce();
      announced++;
      LockSupport.parkNanos(200_000);
    }
    long burstMillis = Duration.ofNanos(System.nanoTime() - began).toMillis();
    int notified = settled() - before;

    assertThat(announced).isGreaterThan(200);
    assertThat(notified).isPositive()
        .isLessThanOrEqualTo((int) (burstMillis / SPACING.toMillis()) + 2);

    int afterBurst = heard.get();
    announcer.announce();
    eventually(() -> assertThat(heard.get()).isGreaterThan(afterBurst));
  }
}
