package dev.albatross.adapter.pg;

import static dev.albatross.contract.Async.await;
import static dev.albatross.contract.Async.eventually;
import static dev.albatross.contract.TestEvents.T0;
import static dev.albatross.contract.TestEvents.anyEvent;
import static dev.albatross.contract.TestEvents.metadata;
import static dev.albatross.contract.TestEvents.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.albatross.adapter.ClassResource;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgAppendListenerTest {
  @RegisterExtension
  static final ClassResource<PgTestDatabase> DATABASE = ClassResource.of(PgTestDatabase::migrated);

  private PgEventStore store;

  @BeforeAll
  void openStore() {
    store = DATABASE.get().eventStore();
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

    await(DATABASE.get().pool().query("select pg_terminate_backend(pid) from pg_stat_activity "
        + "where datname = current_database() and query ilike 'listen%'").execute());

    eventually(Duration.ofSeconds(10), () -> assertThat(wakes.get()).isGreaterThan(beforeKill));
    int afterReconnect = wakes.get();
    append();
    eventually(() -> assertThat(wakes.get()).isGreaterThan(afterReconnect));
  }
}
