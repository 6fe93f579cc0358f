package dev.albatross.contract;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.port.CheckpointStore;
import dev.albatross.domain.port.FeedPosition;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link CheckpointStore} promises. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CheckpointStoreContract {

  protected abstract CheckpointStore checkpointStore();

  private CheckpointStore store;
  private String reader;

  @BeforeEach
  void freshReader() {
    store = checkpointStore();
    reader = "reader-" + UUID.randomUUID();
  }

  @Test
  @DisplayName("a reader that never saved starts at the beginning of the feed")
  void startsAtStart() {
    assertThat(await(store.load(reader))).isEqualTo(FeedPosition.START);
  }

  @Test
  @DisplayName("gives back the last position saved")
  void savesAndLoads() {
    await(store.save(reader, new FeedPosition(7, 10)));
    await(store.save(reader, new FeedPosition(9, 11)));

    assertThat(await(store.load(reader))).isEqualTo(new FeedPosition(9, 11));
  }

  @Test
  @DisplayName("never moves back: a late save of an earlier position is ignored")
  void neverMovesBack() {
    await(store.save(reader, new FeedPosition(9, 11)));
    await(store.save(reader, new FeedPosition(8, 30)));
    await(store.save(reader, new FeedPosition(9, 4)));

    assertThat(await(store.load(reader))).isEqualTo(new FeedPosition(9, 11));
  }

  @Test
  @DisplayName("keeps readers apart")
  void readersApart() {
    String other = "reader-" + UUID.randomUUID();
    await(store.save(reader, new FeedPosition(3, 3)));
    await(store.save(other, new FeedPosition(5, 6)));

    assertThat(await(store.load(reader))).isEqualTo(new FeedPosition(3, 3));
    assertThat(await(store.load(other))).isEqualTo(new FeedPosition(5, 6));
  }
}
