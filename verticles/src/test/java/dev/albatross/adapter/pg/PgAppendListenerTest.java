package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgAppendListenerTest {
  private PgTestDatabase db;
  private PgEventStore store;

  @BeforeAll
  void openDatabase() {
    db = PgTestDatabase.migrated();
    store = db.eventStore();
  }

  @AfterAll
  void dropDatabase() {
    db.close();
  }

  private void append() {
    await(store.append(List.of(write(UUID.randomUUID(), 0, anyEvent("x"))), metadata(T0)));
  }

  @Test
  @DisplayName("after its connection is killed the listener comes back, wakes once to catch up, and hears appends again")
  void listensAgain() {
    AtomicInteger wakes = new AtomicInteger();
    await(store.onAppend(wakes::incrementAndGet));
    append();
    eventually(() -> assertThat(wakes.get()).isPositive());
    int beforeKill = wakes.get();

    await(db.pool().query("select pg_terminate_backend(pid) from pg_stat_activity "
        + "where datname = current_database() and query ilike 'listen%'").execute());

    eventually(Duration.ofSeconds(10), () -> assertThat(wakes.get()).isGreaterThan(beforeKill));
    int afterReconnect = wakes.get();
    append();
    eventually(() -> assertThat(wakes.get()).isGreaterThan(afterReconnect));
  }
}
