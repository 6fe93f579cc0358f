package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.ClassResource;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guarantee 4: positions can commit out of order, and the feed must never skip an event whose
 * transaction commits after a later position was read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgEventFeedTest {
  @RegisterExtension
  static final ClassResource<PgTestDatabase> DATABASE = ClassResource.of(PgTestDatabase::migrated);

  private PgEventStore store;
  private SqlConnection held;

  @BeforeAll
  void openStore() {
    store = DATABASE.get().eventStore();
  }

  @BeforeEach
  void emptyStoreAndOpenConnection() {
    DATABASE.get().truncate("events");
    held = await(DATABASE.get().pool().getConnection());
  }

  @AfterEach
  void closeConnection() {
    await(held.close());
  }

  private List<RecordedEvent> appendCommitted(String value) {
    return await(store.append(List.of(write(UUID.randomUUID(), 0, anyEvent(value))), metadata(T0)));
  }

  /** Appends in {@code held}'s open transaction: the earlier position whose commit comes late. */
  private List<RecordedEvent> appendUncommitted(String value) {
    return await(store.appendIn(held, List.of(write(UUID.randomUUID(), 0, anyEvent(value))), metadata(T0)));
  }

  private List<RecordedEvent> feed(FeedPosition after) {
    return await(store.readAfter(after, 100));
  }

  @Test
  @DisplayName("events committed after an earlier, still open append are held back until it commits, then all come in order")
  void lateCommit() {
    List<RecordedEvent> before = appendCommitted("before");
    Transaction tx = await(held.begin());
    RecordedEvent early = appendUncommitted("early").get(0);
    RecordedEvent later = appendCommitted("later").get(0);
    RecordedEvent latest = appendCommitted("latest").get(0);
    assertThat(early.feedPosition().position()).isLessThan(later.feedPosition().position());

    assertThat(feed(FeedPosition.START)).isEqualTo(before);
    FeedPosition checkpoint = before.get(0).feedPosition();
    assertThat(feed(checkpoint)).isEmpty();

    await(tx.commit());

    assertThat(feed(checkpoint)).extracting(RecordedEvent::eventId)
        .containsExactly(early.eventId(), later.eventId(), latest.eventId());
    assertThat(feed(FeedPosition.START)).hasSize(4);
  }

  @Test
  @DisplayName("a rolled-back append leaves no gap that stalls the feed")
  void rollback() {
    Transaction tx = await(held.begin());
    appendUncommitted("never");
    RecordedEvent committed = appendCommitted("committed").get(0);
    assertThat(feed(FeedPosition.START)).isEmpty();

    await(tx.rollback());

    assertThat(feed(FeedPosition.START)).containsExactly(committed);
    RecordedEvent next = appendCommitted("next").get(0);
    assertThat(feed(committed.feedPosition())).containsExactly(next);
  }

  @Test
  @DisplayName("a reader following the feed page by page while appends race sees every event exactly once")
  void followingWhileAppending() {
    List<UUID> appended = new ArrayList<>();
    List<UUID> seen = new ArrayList<>();
    FeedPosition after = FeedPosition.START;
    Transaction tx = await(held.begin());
    appended.add(appendUncommitted("held").get(0).eventId());
    for (int round = 0; round < 5; round++) {
      appended.add(appendCommitted("round " + round).get(0).eventId());
      after = follow(after, seen);
    }
    await(tx.commit());
    follow(after, seen);

    assertThat(seen).containsExactlyInAnyOrderElementsOf(appended);
    assertThat(seen.get(0)).isEqualTo(appended.get(0));
  }

  /** Reads the feed from {@code after} to its current end, two at a time, as the relay does. */
  private FeedPosition follow(FeedPosition after, List<UUID> seen) {
    List<RecordedEvent> page;
    while (!(page = await(store.readAfter(after, 2))).isEmpty()) {
      for (RecordedEvent e : page) {
        seen.add(e.eventId());
        after = e.feedPosition();
      }
    }
    return after;
  }
}
