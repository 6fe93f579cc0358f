package dev.albatross.adapter.journal;

import static dev.albatross.contract.Async.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.contract.PositionStoreContract;
import dev.albatross.domain.port.PositionStore;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalPositionStoreTest extends PositionStoreContract {
  private Vertx vertx;
  private final List<JournalPositionStore> opened = new ArrayList<>();
  @TempDir
  Path dir;

  @BeforeAll
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void closeStores() throws IOException {
    for (JournalPositionStore store : opened) {
      store.close();
    }
    opened.clear();
  }

  @AfterAll
  void stopVertx() {
    await(vertx.close());
  }

  @Override
  protected PositionStore positionStore() {
    return open();
  }

  private JournalPositionStore open() {
    JournalPositionStore store = await(JournalPositionStore.open(vertx, dir));
    opened.add(store);
    return store;
  }

  @Test
  @DisplayName("what was answered is there after a restart, duplicates still recognised")
  void survivesRestart() throws IOException {
    await(store.record(flight, range(5, 10)));
    await(store.record(flight, range(0, 6)));
    closeStores();

    PositionStore reopened = open();

    assertThat(await(reopened.track(flight))).containsExactlyElementsOf(range(0, 10));
    assertThat(await(reopened.record(flight, range(8, 12))).accepted()).isEqualTo(2);
  }

  @Test
  @DisplayName("a batch cut short by a crash is dropped whole at start, and what follows is kept")
  void tornTail() throws IOException {
    await(store.record(flight, range(0, 3)));
    await(store.record(flight, range(3, 6)));
    closeStores();
    Path file = dir.resolve(JournalPositionStore.FILE);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(Files.size(file) - 7);
    }

    PositionStore reopened = open();
    assertThat(await(reopened.track(flight))).containsExactlyElementsOf(range(0, 3));
    await(reopened.record(flight, range(3, 4)));
    closeStores();

    assertThat(await(open().track(flight))).containsExactlyElementsOf(range(0, 4));
  }
}
