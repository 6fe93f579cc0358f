package dev.albatross.adapter.journal;

import static dev.albatross.adapter.journal.JournalTests.all;
import static dev.albatross.adapter.journal.JournalTests.append;
import static dev.albatross.adapter.journal.JournalTests.appendEach;
import static dev.albatross.adapter.journal.JournalTests.firstSegment;
import static dev.albatross.adapter.journal.JournalTests.recordOffsets;
import static dev.albatross.adapter.journal.JournalTests.truncate;
import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.pending;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An append of several events, across a crash")
class JournalWholeAppendTest extends JournalDirectoryFixture {

  @Test
  @DisplayName("cut between its records: is dropped whole, not kept in part")
  void cutBetweenRecords() throws IOException {
    unfinishedAppendDropped(segment -> truncate(segment, recordOffsets(segment).get(3)));
  }

  @Test
  @DisplayName("torn in its last record: is dropped whole")
  void tornInLastRecord() throws IOException {
    unfinishedAppendDropped(segment -> truncate(segment, Files.size(segment) - 3));
  }

  @Test
  @DisplayName("is never split across two segments")
  void neverSplit() throws IOException {
    JournalEventStore store = open(1024);
    appendEach(store, 2);
    append(store, threeEvents(UUID.randomUUID()));

    assertThat(recordOffsets(firstSegment(dir))).hasSize(2);
    assertThat(recordOffsets(dir.resolve("events-00000002.log"))).hasSize(3);
  }

  private void unfinishedAppendDropped(Damage damage) throws IOException {
    JournalEventStore first = open();
    List<RecordedEvent> kept = appendEach(first, 1);
    UUID stream = UUID.randomUUID();
    append(first, threeEvents(stream));
    close(first);
    damage.to(firstSegment(dir));

    JournalEventStore second = open();

    assertThat(all(second)).isEqualTo(kept);
    assertThat(await(second.load(stream))).isEmpty();
    assertThat(append(second, threeEvents(stream)).get(0).feedPosition().position()).isEqualTo(2);
  }

  private StreamWrite threeEvents(UUID stream) {
    return new StreamWrite(stream, StreamTypes.PIREP, null, 0,
        List.of(pending(anyEvent("x")), pending(anyEvent("y")), pending(anyEvent("z"))));
  }
}
