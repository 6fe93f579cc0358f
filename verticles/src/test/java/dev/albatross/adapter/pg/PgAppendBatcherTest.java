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
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
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
  @DisplayName("appends made while a statement runs are committed together, each at the position it is read at")
  void gathered() {
    Runnable release = statementRunningUntilReleased();
    List<Future<List<RecordedEvent>>> appends = IntStream.range(0, 30)
        .mapToObj(i -> store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("pirep " + i))), metadata(T0)))
        .toList();
    release.run();
    List<RecordedEvent> recorded = appends.stream().map(a -> await(a).get(0)).toList();

    assertThat(recorded.stream().map(e -> e.feedPosition().transactionId()).distinct()).hasSize(1);
    for (RecordedEvent e : recorded) {
      assertThat(await(store.load(e.streamId()))).containsExactly(e);
    }
    assertThat(await(store.readAfter(FeedPosition.START, 1000)))
        .filteredOn(recorded::contains)
        .containsExactlyElementsOf(recorded.stream()
            .sorted(Comparator.comparingLong((RecordedEvent e) -> e.feedPosition().position()))
            .toList());
  }

  @Test
  @DisplayName("a stream's next event in the statement of its previous one goes in after it, alone")
  void nextVersionInTheSameStatement() {
    UUID streamId = UUID.randomUUID();
    Runnable release = statementRunningUntilReleased();
    Future<List<RecordedEvent>> first = store.append(List.of(write(streamId, 0, anyEvent("submitted"))), metadata(T0));
    Future<List<RecordedEvent>> second = store.append(List.of(write(streamId, 1, anyEvent("accepted"))), metadata(T0));
    release.run();

    RecordedEvent v1 = await(first).get(0);
    RecordedEvent v2 = await(second).get(0);
    assertThat(await(store.load(streamId))).containsExactly(v1, v2);
    assertThat(v2.feedPosition().transactionId()).isGreaterThan(v1.feedPosition().transactionId());
  }

  @Test
  @DisplayName("of two appends of one event id in one statement, the second is refused as a duplicate")
  void duplicateInTheSameStatement() {
    UUID eventId = UUID.randomUUID();
    Runnable release = statementRunningUntilReleased();
    Future<List<RecordedEvent>> first = store.append(List.of(new StreamWrite(UUID.randomUUID(),
        StreamTypes.UNIQUE_VALUE, null, 0, List.of(new PendingEvent(eventId, anyEvent("a"))))), metadata(T0));
    Future<List<RecordedEvent>> second = store.append(List.of(new StreamWrite(UUID.randomUUID(),
        StreamTypes.UNIQUE_VALUE, null, 0, List.of(new PendingEvent(eventId, anyEvent("b"))))), metadata(T0));
    release.run();
    await(Future.join(first, second).otherwiseEmpty());

    assertThat(first.succeeded()).isTrue();
    assertThat(second.cause()).isInstanceOfSatisfying(DuplicateEvent.class, e -> assertThat(e.eventId()).isEqualTo(eventId));
  }

  @Test
  @DisplayName("each append is answered on the context it was made on, whoever sent the statement")
  void answeredOnTheCallersContext() {
    Runnable release = statementRunningUntilReleased();
    List<Future<Void>> made = new ArrayList<>();
    List<Future<Boolean>> onOwnContext = IntStream.range(0, 4).mapToObj(i -> {
      Context context = vertx.getOrCreateContext();
      Promise<Void> appended = Promise.promise();
      Promise<Boolean> answered = Promise.promise();
      context.runOnContext(v -> {
        store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("c" + i))), metadata(T0))
            .onComplete(done -> answered.complete(done.succeeded() && Vertx.currentContext() == context));
        appended.complete();
      });
      made.add(appended.future());
      return answered.future();
    }).toList();
    await(Future.all(made));
    release.run();

    assertThat(onOwnContext).allSatisfy(answer -> assertThat(await(answer)).isTrue());
  }

  /**
   * Starts a statement that cannot finish until the returned action runs: its row waits for a
   * transaction holding the same stream's version 1, which the action rolls back. Appends made
   * meanwhile queue for the next statement.
   */
  private Runnable statementRunningUntilReleased() {
    UUID streamId = UUID.randomUUID();
    SqlConnection holder = await(db.pool().getConnection());
    Transaction holding = await(holder.begin());
    await(store.appendIn(holder, List.of(write(streamId, 0, anyEvent("held"))), metadata(T0)));
    Future<List<RecordedEvent>> running = store.append(List.of(write(streamId, 0, anyEvent("waits"))), metadata(T0));
    return () -> {
      holding.rollback().eventually(holder::close);
      await(running);
    };
  }
}
