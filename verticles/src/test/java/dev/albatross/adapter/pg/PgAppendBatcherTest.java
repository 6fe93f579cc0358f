package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.domain.error.DuplicateEvent;
import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Appends of one event made while a statement runs share the next one")
class PgAppendBatcherTest {
  private final Vertx vertx = Vertx.vertx();
  private PgTestDatabase db;
  private PgEventStore store;

  @BeforeAll
  void openDatabase() {
    db = PgTestDatabase.createEmpty(vertx);
    await(PgMigrations.migrate(vertx, db.url()));
    store = db.eventStore();
  }

  @AfterAll
  void dropDatabase() {
    db.close();
    await(vertx.close());
  }

  @Test
  @DisplayName("appends made alongside each other are committed together, each at the position it is read at")
  void gathered() {
    List<Future<List<RecordedEvent>>> appends = IntStream.range(0, 30)
        .mapToObj(i -> store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("pirep " + i))), metadata(T0)))
        .toList();
    List<RecordedEvent> recorded = appends.stream().map(a -> await(a).get(0)).toList();

    Map<Long, Long> perTransaction = recorded.stream()
        .collect(Collectors.groupingBy(e -> e.feedPosition().transactionId(), Collectors.counting()));
    assertThat(perTransaction.size()).isLessThan(30);
    assertThat(Collections.max(perTransaction.values())).isGreaterThanOrEqualTo(10);
    for (RecordedEvent e : recorded) {
      assertThat(await(store.load(e.streamId()))).containsExactly(e);
    }
    assertThat(await(store.readAfter(FeedPosition.START, 100)))
        .filteredOn(e -> recorded.contains(e))
        .containsExactlyElementsOf(recorded.stream()
            .sorted((a, b) -> a.feedPosition().transactionId() != b.feedPosition().transactionId()
                ? Long.compare(a.feedPosition().transactionId(), b.feedPosition().transactionId())
                : Long.compare(a.feedPosition().position(), b.feedPosition().position()))
            .toList());
  }

  @Test
  @DisplayName("a stream's next event in the statement of its previous one goes in after it, alone")
  void nextVersionInTheSameStatement() {
    UUID streamId = UUID.randomUUID();
    Future<List<RecordedEvent>> running = store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("x"))), metadata(T0));
    Future<List<RecordedEvent>> first = store.append(List.of(write(streamId, 0, anyEvent("submitted"))), metadata(T0));
    Future<List<RecordedEvent>> second = store.append(List.of(write(streamId, 1, anyEvent("accepted"))), metadata(T0));
    await(running);

    RecordedEvent v1 = await(first).get(0);
    RecordedEvent v2 = await(second).get(0);
    assertThat(await(store.load(streamId))).containsExactly(v1, v2);
    assertThat(v2.feedPosition().transactionId()).isGreaterThan(v1.feedPosition().transactionId());
  }

  @Test
  @DisplayName("of two appends of one event id in one statement, the second is refused as a duplicate")
  void duplicateInTheSameStatement() {
    UUID eventId = UUID.randomUUID();
    store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("x"))), metadata(T0));
    Future<List<RecordedEvent>> first = store.append(List.of(new StreamWrite(UUID.randomUUID(),
        StreamTypes.UNIQUE_VALUE, null, 0, List.of(new PendingEvent(eventId, anyEvent("a"))))), metadata(T0));
    Future<List<RecordedEvent>> second = store.append(List.of(new StreamWrite(UUID.randomUUID(),
        StreamTypes.UNIQUE_VALUE, null, 0, List.of(new PendingEvent(eventId, anyEvent("b"))))), metadata(T0));
    await(Future.join(first, second).otherwiseEmpty());

    assertThat(first.succeeded()).isTrue();
    assertThat(second.cause()).isInstanceOfSatisfying(DuplicateEvent.class, e -> assertThat(e.eventId()).isEqualTo(eventId));
  }

  @Test
  @DisplayName("each append is answered on the context it was made on, whoever sent the statement")
  void answeredOnTheCallersContext() {
    store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("x"))), metadata(T0));
    List<Future<Boolean>> onOwnContext = IntStream.range(0, 4).mapToObj(i -> {
      Context context = vertx.getOrCreateContext();
      Promise<Boolean> answered = Promise.promise();
      context.runOnContext(v -> store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("c" + i))), metadata(T0))
          .onComplete(done -> answered.complete(done.succeeded() && Vertx.currentContext() == context)));
      return answered.future();
    }).toList();

    assertThat(onOwnContext).allSatisfy(answer -> assertThat(await(answer)).isTrue());
  }
}
