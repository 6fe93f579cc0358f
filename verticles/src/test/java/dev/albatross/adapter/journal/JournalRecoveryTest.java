package dev.albatross.adapter.journal;

import static dev.albatross.adapter.journal.JournalTests.all;
import static dev.albatross.adapter.journal.JournalTests.append;
import static dev.albatross.adapter.journal.JournalTests.appendEach;
import static dev.albatross.adapter.journal.JournalTests.firstSegment;
import static dev.albatross.adapter.journal.JournalTests.flipByte;
import static dev.albatross.adapter.journal.JournalTests.recordOffsets;
import static dev.albatross.adapter.journal.JournalTests.truncate;
import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.pending;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The journal after a restart")
class JournalRecoveryTest extends JournalDirectoryFixture {
  /** Appends to a few streams, with and without a tenant, several events and streams at a time. */
  private List<RecordedEvent> someHistory(JournalEventStore store) {
    UUID user = UUID.randomUUID();
    UUID pirep = UUID.randomUUID();
    UUID tenant = UUID.randomUUID();
    List<RecordedEvent> recorded = new ArrayList<>();
    recorded.addAll(append(store, new StreamWrite(user, StreamTypes.USER, tenant, 0,
        List.of(pending(anyEvent("a")), pending(anyEvent("b"))))));
    recorded.addAll(append(store, new StreamWrite(pirep, StreamTypes.PIREP, tenant, 0, List.of(pending(anyEvent("c")))),
        new StreamWrite(user, StreamTypes.USER, tenant, 2, List.of(pending(anyEvent("d"))))));
    recorded.addAll(appendEach(store, 5));
    return recorded;
  }

  @Nested
  @DisplayName("a clean reopen")
  class Reopen {

    @Test
    @DisplayName("gives back every event as it was, and continues positions and transactions")
    void everythingBack() {
      JournalEventStore first = open();
      List<RecordedEvent> before = someHistory(first);
      close(first);

      JournalEventStore second = open();

      assertThat(all(second)).isEqualTo(before);
      UUID user = before.get(0).streamId();
      assertThat(await(second.load(user))).isEqualTo(List.of(before.get(0), before.get(1), before.get(3)));
      RecordedEvent last = before.get(before.size() - 1);
      RecordedEvent next = append(second, new StreamWrite(user, StreamTypes.USER, before.get(0).tenantId(), 3,
          List.of(pending(anyEvent("e"))))).get(0);
      assertThat(next.feedPosition()).isEqualTo(
          new FeedPosition(last.feedPosition().transactionId() + 1, last.feedPosition().position() + 1));
      assertThat(next.version()).isEqualTo(4);
    }

    @Test
    @DisplayName("reads across many segments when they roll over")
    void acrossSegments() throws IOException {
      JournalEventStore first = open(512);
      List<RecordedEvent> before = someHistory(first);
      before.addAll(appendEach(first, 40));
      close(first);

      JournalEventStore second = open(512);

      try (var files = Files.list(dir)) {
        assertThat(files.filter(f -> f.getFileName().toString().startsWith("events-")).count()).isGreaterThan(5);
      }
      assertThat(all(second)).isEqualTo(before);
      List<RecordedEvent> paged = new ArrayList<>();
      FeedPosition after = FeedPosition.START;
      List<RecordedEvent> page;
      while (!(page = await(second.readAfter(after, 7))).isEmpty()) {
        paged.addAll(page);
        after = page.get(page.size() - 1).feedPosition();
      }
      assertThat(paged).isEqualTo(before);
      assertThat(await(second.load(before.get(0).streamId()))).hasSize(3);
    }
  }

  @Nested
  @DisplayName("a torn last record")
  class TornTail {

    @Test
    @DisplayName("cut short: is cut off, the earlier events stay, and appends go on and survive")
    void cutShort() throws IOException {
      tornTailRecovers(segment -> truncate(segment, Files.size(segment) - 5));
    }

    @Test
    @DisplayName("cut inside its header: is cut off likewise")
    void cutInHeader() throws IOException {
      tornTailRecovers(segment -> truncate(segment, lastOffset(segment) + 3));
    }

    @Test
    @DisplayName("with a scrambled payload: fails its checksum and is cut off likewise")
    void scrambled() throws IOException {
      tornTailRecovers(segment -> flipByte(segment, Files.size(segment) - 2));
    }

    private void tornTailRecovers(Damage damage) throws IOException {
      JournalEventStore first = open();
      List<RecordedEvent> before = appendEach(first, 3);
      close(first);
      damage.to(firstSegment(dir));

      JournalEventStore second = open();
      assertThat(all(second)).isEqualTo(before.subList(0, 2));
      List<RecordedEvent> after = appendEach(second, 1);
      assertThat(after.get(0).feedPosition().position()).isEqualTo(3);
      close(second);

      JournalEventStore third = open();
      List<RecordedEvent> expected = new ArrayList<>(before.subList(0, 2));
      expected.addAll(after);
      assertThat(all(third)).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("a damaged record before whole ones fails the open, naming the file and the byte offset")
  void damageInTheMiddle() throws IOException {
    JournalEventStore first = open();
    appendEach(first, 3);
    close(first);
    long second = recordOffsets(firstSegment(dir)).get(1);
    flipByte(firstSegment(dir), second + Records.HEADER + 10);

    assertThatThrownBy(() -> open())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("events-00000001.log")
        .hasMessageContaining("byte offset " + second);
  }

  @Test
  @DisplayName("a damaged length before whole records fails the open too")
  void damagedLengthInTheMiddle() throws IOException {
    JournalEventStore first = open();
    appendEach(first, 3);
    close(first);
    long second = recordOffsets(firstSegment(dir)).get(1);
    flipByte(firstSegment(dir), second + 3);

    assertThatThrownBy(() -> open())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("events-00000001.log")
        .hasMessageContaining("byte offset " + second);
  }

  @Test
  @DisplayName("a torn record at the end of an earlier segment fails the open: later segments hold whole ones")
  void damageAtTheEndOfAnEarlierSegment() throws IOException {
    JournalEventStore first = open(512);
    appendEach(first, 20);
    close(first);
    Path segment = firstSegment(dir);
    long last = lastOffset(segment);
    truncate(segment, Files.size(segment) - 1);

    assertThatThrownBy(() -> open(512))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("events-00000001.log")
        .hasMessageContaining("byte offset " + last);
  }

  @Test
  @DisplayName("a second store on the same directory is refused while the first is open, and not after")
  void oneProcessPerDirectory() {
    JournalEventStore first = open();

    assertThatThrownBy(() -> open())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("another Albatross process is using the data directory " + dir);

    close(first);
    JournalEventStore second = open();
    assertThat(appendEach(second, 1)).hasSize(1);
  }

}
