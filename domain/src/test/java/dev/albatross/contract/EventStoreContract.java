package dev.albatross.contract;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.pending;
import static dev.albatross.contract.TestEvents.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.error.DuplicateEvent;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.port.AppendSignal;
import dev.albatross.domain.port.Backlog;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link EventStore} promises; subclasses supply an empty store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EventStoreContract {

  /** A store and its append signal, usually one object implementing both ports. */
  public record StoreUnderTest(EventStore store, AppendSignal signal) {
    public static <S extends EventStore & AppendSignal> StoreUnderTest of(S store) {
      return new StoreUnderTest(store, store);
    }
  }

  /** Called before each test: a store holding no event at all. */
  protected abstract StoreUnderTest emptyStore();

  private EventStore store;
  private AppendSignal signal;

  @BeforeEach
  void freshStore() {
    StoreUnderTest underTest = emptyStore();
    store = underTest.store();
    signal = underTest.signal();
  }

  private List<RecordedEvent> append(StreamWrite... writes) {
    return await(store.append(List.of(writes), metadata(T0)));
  }

  private List<RecordedEvent> load(UUID streamId) {
    return await(store.load(streamId));
  }

  private static List<Long> versions(List<RecordedEvent> events) {
    return events.stream().map(RecordedEvent::version).toList();
  }

  private static List<UUID> ids(List<RecordedEvent> events) {
    return events.stream().map(RecordedEvent::eventId).toList();
  }

  @Nested
  @DisplayName("append")
  class Append {

    @Test
    @DisplayName("records a new stream from version 1 with everything the write and metadata carried")
    void newStream() {
      UUID streamId = UUID.randomUUID();
      UUID tenantId = UUID.randomUUID();
      List<PendingEvent> events = List.of(pending(anyEvent("a")), pending(anyEvent("b")), pending(anyEvent("c")));
      EventMetadata metadata = metadata(T0);

      List<RecordedEvent> recorded = await(store.append(
          List.of(new StreamWrite(streamId, StreamTypes.USER, tenantId, 0, events)), metadata));

      assertThat(versions(recorded)).containsExactly(1L, 2L, 3L);
      assertThat(ids(recorded)).containsExactlyElementsOf(events.stream().map(PendingEvent::eventId).toList());
      assertThat(recorded).allSatisfy(e -> {
        assertThat(e.streamId()).isEqualTo(streamId);
        assertThat(e.streamType()).isEqualTo(StreamTypes.USER);
        assertThat(e.tenantId()).isEqualTo(tenantId);
        assertThat(e.metadata()).isEqualTo(metadata);
      });
      assertThat(recorded.stream().map(RecordedEvent::event).toList())
          .containsExactlyElementsOf(events.stream().map(PendingEvent::event).toList());
      assertThat(load(streamId)).isEqualTo(recorded);
    }

    @Test
    @DisplayName("continues a stream that is at the expected version")
    void atExpectedVersion() {
      UUID streamId = UUID.randomUUID();
      append(write(streamId, 0, anyEvent("a"), anyEvent("b")));

      List<RecordedEvent> recorded = append(write(streamId, 2, anyEvent("c")));

      assertThat(versions(recorded)).containsExactly(3L);
      assertThat(versions(load(streamId))).containsExactly(1L, 2L, 3L);
    }

    @Test
    @DisplayName("fails with a concurrency conflict and writes nothing when the stream has moved on")
    void staleExpectedVersion() {
      UUID streamId = UUID.randomUUID();
      List<RecordedEvent> before = append(write(streamId, 0, anyEvent("a"), anyEvent("b")));

      assertThatThrownBy(() -> append(write(streamId, 1, anyEvent("late"))))
          .isInstanceOf(ConcurrencyConflict.class);
      assertThatThrownBy(() -> append(write(streamId, 0, anyEvent("again"))))
          .isInstanceOf(ConcurrencyConflict.class);
      assertThat(load(streamId)).isEqualTo(before);
    }

    @Test
    @DisplayName("fails with a concurrency conflict when the expected version is ahead of the stream")
    void expectedVersionAhead() {
      UUID streamId = UUID.randomUUID();
      append(write(streamId, 0, anyEvent("a")));

      assertThatThrownBy(() -> append(write(streamId, 3, anyEvent("gap"))))
          .isInstanceOf(ConcurrencyConflict.class);
      assertThat(versions(load(streamId))).containsExactly(1L);
    }

    @Test
    @DisplayName("writes several streams at once, in one step of the feed")
    void severalStreams() {
      UUID first = UUID.randomUUID();
      UUID second = UUID.randomUUID();
      append(write(second, 0, anyEvent("existing")));

      List<RecordedEvent> recorded = append(write(first, 0, anyEvent("a")), write(second, 1, anyEvent("b")));

      assertThat(recorded).extracting(RecordedEvent::streamId).containsExactly(first, second);
      assertThat(versions(recorded)).containsExactly(1L, 2L);
      assertThat(recorded.get(0).feedPosition().compareTo(recorded.get(1).feedPosition())).isNegative();
      assertThat(load(first)).containsExactly(recorded.get(0));
      assertThat(versions(load(second))).containsExactly(1L, 2L);
    }

    @Test
    @DisplayName("writes no stream when one of several conflicts")
    void atomicAcrossStreams() {
      UUID fine = UUID.randomUUID();
      UUID conflicting = UUID.randomUUID();
      append(write(conflicting, 0, anyEvent("existing")));

      assertThatThrownBy(() -> append(write(fine, 0, anyEvent("a")), write(conflicting, 0, anyEvent("b"))))
          .isInstanceOf(ConcurrencyConflict.class);
      assertThatThrownBy(() -> append(write(conflicting, 1, anyEvent("c")), write(fine, 7, anyEvent("d"))))
          .isInstanceOf(ConcurrencyConflict.class);

      assertThat(load(fine)).isEmpty();
      assertThat(versions(load(conflicting))).containsExactly(1L);
      assertThat(await(store.readAfter(FeedPosition.START, 100))).hasSize(1);
    }

    @Test
    @DisplayName("refuses an event id that is already stored, naming it, and writes nothing")
    void duplicateEventId() {
      PendingEvent original = pending(anyEvent("original"));
      append(write(UUID.randomUUID(), 0, original));
      UUID other = UUID.randomUUID();
      UUID third = UUID.randomUUID();

      assertThatThrownBy(() -> append(
          write(third, 0, pending(anyEvent("fresh"))),
          write(other, 0, pending(anyEvent("x")), new PendingEvent(original.eventId(), anyEvent("repeat")))))
          .isInstanceOfSatisfying(DuplicateEvent.class, e -> assertThat(e.eventId()).isEqualTo(original.eventId()));

      assertThat(load(other)).isEmpty();
      assertThat(load(third)).isEmpty();
      assertThat(await(store.readAfter(FeedPosition.START, 100))).hasSize(1);
    }

    @Test
    @DisplayName("refuses the same event id twice within one append")
    void duplicateWithinOneAppend() {
      UUID eventId = UUID.randomUUID();
      UUID streamId = UUID.randomUUID();

      assertThatThrownBy(() -> append(write(streamId, 0,
          new PendingEvent(eventId, anyEvent("a")), new PendingEvent(eventId, anyEvent("b")))))
          .isInstanceOfSatisfying(DuplicateEvent.class, e -> assertThat(e.eventId()).isEqualTo(eventId));
      assertThat(load(streamId)).isEmpty();
    }

    @Test
    @DisplayName("lets exactly one of several racing appends at the same version win")
    void racingAppends() {
      UUID streamId = UUID.randomUUID();
      List<Future<List<RecordedEvent>>> attempts = IntStream.range(0, 10)
          .mapToObj(i -> store.append(List.of(write(streamId, 0, anyEvent("racer " + i))), metadata(T0)))
          .toList();
      await(Future.join(attempts).otherwiseEmpty());

      assertThat(attempts.stream().filter(Future::succeeded)).hasSize(1);
      assertThat(attempts.stream().filter(Future::failed).map(Future::cause))
          .hasSize(9)
          .allMatch(cause -> cause instanceof ConcurrencyConflict);
      assertThat(versions(load(streamId))).containsExactly(1L);
    }

    @Test
    @DisplayName("50 concurrent writers retrying on conflict leave versions 1..50, each event once")
    void fiftyConcurrentWriters() {
      UUID streamId = UUID.randomUUID();
      List<PendingEvent> events = IntStream.range(0, 50).mapToObj(i -> pending(anyEvent("writer " + i))).toList();

      await(Future.all(events.stream().map(e -> appendRetrying(streamId, e)).toList()));

      List<RecordedEvent> stream = load(streamId);
      assertThat(versions(stream)).containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed().toList());
      assertThat(Set.copyOf(ids(stream))).isEqualTo(events.stream().map(PendingEvent::eventId).collect(Collectors.toSet()));
    }

    /** Load, append at the version seen, and on a lost race start over: what every command does. */
    private Future<Void> appendRetrying(UUID streamId, PendingEvent event) {
      return store.load(streamId)
          .compose(history -> store.append(List.of(write(streamId, history.size(), event)), metadata(T0)))
          .<Void>mapEmpty()
          .recover(failure -> failure instanceof ConcurrencyConflict
              ? appendRetrying(streamId, event)
              : Future.failedFuture(failure));
    }
  }

  @Nested
  @DisplayName("load")
  class Load {

    @Test
    @DisplayName("gives nothing for a stream that does not exist")
    void unknownStream() {
      assertThat(load(UUID.randomUUID())).isEmpty();
    }

    @Test
    @DisplayName("gives one stream's events, oldest first, however appends interleaved")
    void oneStreamInOrder() {
      UUID first = UUID.randomUUID();
      UUID second = UUID.randomUUID();
      append(write(first, 0, anyEvent("1a")));
      append(write(second, 0, anyEvent("2a"), anyEvent("2b")));
      append(write(first, 1, anyEvent("1b"), anyEvent("1c")));
      append(write(second, 2, anyEvent("2c")), write(first, 3, anyEvent("1d")));

      assertThat(load(first)).extracting(RecordedEvent::streamId).containsOnly(first);
      assertThat(versions(load(first))).containsExactly(1L, 2L, 3L, 4L);
      assertThat(versions(load(second))).containsExactly(1L, 2L, 3L);
    }
  }

  @Nested
  @DisplayName("readAfter")
  class ReadAfter {

    @Test
    @DisplayName("gives every event in feed order, and pages by feed position")
    void feedOrderAndPaging() {
      List<RecordedEvent> appended = new ArrayList<>();
      UUID first = UUID.randomUUID();
      UUID second = UUID.randomUUID();
      appended.addAll(append(write(first, 0, anyEvent("1"), anyEvent("2"))));
      appended.addAll(append(write(second, 0, anyEvent("3"))));
      appended.addAll(append(write(first, 2, anyEvent("4")), write(second, 1, anyEvent("5"))));
      appended.addAll(append(write(second, 2, anyEvent("6"))));

      List<RecordedEvent> all = await(store.readAfter(FeedPosition.START, 100));
      assertThat(all).isEqualTo(appended);
      for (int i = 1; i < all.size(); i++) {
        assertThat(all.get(i).feedPosition()).isGreaterThan(all.get(i - 1).feedPosition());
      }

      List<RecordedEvent> paged = new ArrayList<>();
      FeedPosition after = FeedPosition.START;
      List<RecordedEvent> page;
      while (!(page = await(store.readAfter(after, 2))).isEmpty()) {
        assertThat(page).hasSizeLessThanOrEqualTo(2);
        paged.addAll(page);
        after = page.get(page.size() - 1).feedPosition();
      }
      assertThat(paged).isEqualTo(appended);
    }

    @Test
    @DisplayName("gives nothing after the last event, then the next one once appended")
    void afterTheEnd() {
      List<RecordedEvent> first = append(write(UUID.randomUUID(), 0, anyEvent("1")));
      FeedPosition end = first.get(0).feedPosition();
      assertThat(await(store.readAfter(end, 10))).isEmpty();

      List<RecordedEvent> next = append(write(UUID.randomUUID(), 0, anyEvent("2")));

      assertThat(await(store.readAfter(end, 10))).isEqualTo(next);
    }
  }

  @Test
  @DisplayName("tells where a position stands in the feed, and nothing for one not reached yet")
  void feedPositionAt() {
    assertThat(await(store.feedPositionAt(1))).isEmpty();
    List<RecordedEvent> first = append(write(UUID.randomUUID(), 0, anyEvent("1"), anyEvent("2")));
    List<RecordedEvent> second = append(write(UUID.randomUUID(), 0, anyEvent("3")));

    for (RecordedEvent e : List.of(first.get(0), first.get(1), second.get(0))) {
      assertThat(await(store.feedPositionAt(e.feedPosition().position()))).contains(e.feedPosition());
    }
    assertThat(await(store.feedPositionAt(0))).contains(FeedPosition.START);
    assertThat(await(store.feedPositionAt(second.get(0).feedPosition().position() + 1))).isEmpty();
  }

  @Test
  @DisplayName("counts the backlog after a feed position, with the time of its oldest event")
  void backlog() {
    assertThat(await(store.backlog(FeedPosition.START))).isEqualTo(Backlog.NONE);
    List<RecordedEvent> first = append(write(UUID.randomUUID(), 0, anyEvent("1")));
    append(write(UUID.randomUUID(), 0, anyEvent("2"), anyEvent("3")));

    assertThat(await(store.backlog(FeedPosition.START)).events()).isEqualTo(3);
    Backlog afterFirst = await(store.backlog(first.get(0).feedPosition()));
    assertThat(afterFirst.events()).isEqualTo(2);
    assertThat(afterFirst.oldest()).hasValueSatisfying(
        oldest -> assertThat(oldest).isBefore(Instant.now().plusSeconds(60)));
    FeedPosition last = await(store.readAfter(FeedPosition.START, 10)).get(2).feedPosition();
    assertThat(await(store.backlog(last))).isEqualTo(Backlog.NONE);
  }

  @Test
  @DisplayName("signals an append to whoever listens")
  void signalsAppends() {
    AtomicInteger wakes = new AtomicInteger();
    await(signal.onAppend(wakes::incrementAndGet));
    int before = wakes.get();

    append(write(UUID.randomUUID(), 0, anyEvent("wake up")));

    eventually(() -> assertThat(wakes.get()).isGreaterThan(before));
  }
}
